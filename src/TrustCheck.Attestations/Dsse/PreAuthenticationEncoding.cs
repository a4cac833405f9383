using System.Globalization;
using System.Text;

namespace TrustCheck.Attestations.Dsse;

/// <summary>
/// DSSE's pre-authentication encoding, the exact bytes a DSSE signature covers:
/// <c>"DSSEv1" SP LEN(type) SP type SP LEN(body) SP body</c>, where LEN is the ASCII decimal byte length.
/// </summary>
public static class PreAuthenticationEncoding
{
    private static ReadOnlySpan<byte> Prefix => "DSSEv1 "u8;

    /// <summary>Encodes a payload type and the payload bytes exactly as transmitted (never re-serialized).</summary>
    /// <param name="payloadType">The envelope's payload type, encoded as UTF-8.</param>
    /// <param name="payload">The decoded payload bytes.</param>
    /// <returns>The bytes the signature is computed over.</returns>
    public static byte[] Encode(string payloadType, ReadOnlySpan<byte> payload)
    {
        ArgumentNullException.ThrowIfNull(payloadType);
        var typeLength = Encoding.UTF8.GetByteCount(payloadType);
        var typeLengthText = typeLength.ToString(CultureInfo.InvariantCulture);
        var bodyLengthText = payload.Length.ToString(CultureInfo.InvariantCulture);
        var result = new byte[Prefix.Length + typeLengthText.Length + 1 + typeLength + 1 + bodyLengthText.Length + 1 + payload.Length];

        var span = result.AsSpan();
        Prefix.CopyTo(span);
        var position = Prefix.Length;
        position += Encoding.ASCII.GetBytes(typeLengthText, span[position..]);
        span[position++] = (byte)' ';
        position += Encoding.UTF8.GetBytes(payloadType, span[position..]);
        span[position++] = (byte)' ';
        position += Encoding.ASCII.GetBytes(bodyLengthText, span[position..]);
        span[position++] = (byte)' ';
        payload.CopyTo(span[position..]);
        return result;
    }
}
