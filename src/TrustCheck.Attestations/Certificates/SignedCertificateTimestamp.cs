using System.Buffers.Binary;
using System.Formats.Asn1;

namespace TrustCheck.Attestations.Certificates;

/// <summary>An RFC 6962 v1 signed certificate timestamp embedded in a certificate.</summary>
/// <param name="LogId">The CT log's ID (SHA-256 of its key).</param>
/// <param name="Timestamp">When the log issued it.</param>
/// <param name="Extensions">The SCT's extensions (usually empty).</param>
/// <param name="HashAlgorithm">The TLS hash algorithm number (4 = SHA-256).</param>
/// <param name="SignatureAlgorithm">The TLS signature algorithm number (3 = ECDSA, 1 = RSA).</param>
/// <param name="Signature">The signature over the digitally-signed struct.</param>
public sealed record SignedCertificateTimestamp(
    ReadOnlyMemory<byte> LogId,
    DateTimeOffset Timestamp,
    ReadOnlyMemory<byte> Extensions,
    byte HashAlgorithm,
    byte SignatureAlgorithm,
    ReadOnlyMemory<byte> Signature)
{
    /// <summary>The SCT's raw millisecond timestamp, as signed.</summary>
    public ulong TimestampMilliseconds { get; init; }

    /// <summary>Reads the SCT list from the value of extension 1.3.6.1.4.1.11129.2.4.2.</summary>
    /// <param name="extensionValue">The extension's DER value (an OCTET STRING holding the TLS list).</param>
    /// <param name="timestamps">The SCTs, when the list is well formed.</param>
    /// <returns>Null on success, otherwise why the list is malformed.</returns>
    public static string? TryReadList(ReadOnlySpan<byte> extensionValue, out IReadOnlyList<SignedCertificateTimestamp> timestamps)
    {
        timestamps = [];
        byte[] list;
        try
        {
            list = new AsnReader(extensionValue.ToArray(), AsnEncodingRules.DER).ReadOctetString();
        }
        catch (AsnContentException error)
        {
            return $"the SCT extension is not an OCTET STRING: {error.Message}";
        }

        var span = list.AsSpan();
        if (span.Length < 2 || BinaryPrimitives.ReadUInt16BigEndian(span) != span.Length - 2)
        {
            return "the SCT list's length prefix does not match its contents";
        }

        var result = new List<SignedCertificateTimestamp>();
        var memory = list.AsMemory(2);
        while (!memory.IsEmpty)
        {
            if (memory.Length < 2)
            {
                return "the SCT list ends inside an entry's length";
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(memory.Span);
            if (memory.Length < 2 + length)
            {
                return "an SCT is longer than the list that holds it";
            }

            var error = TryReadOne(memory.Slice(2, length), out var sct);
            if (error is not null)
            {
                return error;
            }

            result.Add(sct!);
            memory = memory[(2 + length)..];
        }

        timestamps = result;
        return null;
    }

    private static string? TryReadOne(ReadOnlyMemory<byte> data, out SignedCertificateTimestamp? sct)
    {
        sct = null;
        var span = data.Span;
        const int fixedHeader = 1 + 32 + 8 + 2;
        if (span.Length < fixedHeader || span[0] != 0)
        {
            return span.Length < fixedHeader ? "an SCT is truncated" : $"SCT version {span[0]} is not v1";
        }

        var milliseconds = BinaryPrimitives.ReadUInt64BigEndian(span[33..]);
        var extensionLength = BinaryPrimitives.ReadUInt16BigEndian(span[41..]);
        var position = fixedHeader + extensionLength;
        if (span.Length < position + 4)
        {
            return "an SCT is truncated";
        }

        var hash = span[position];
        var signatureAlgorithm = span[position + 1];
        var signatureLength = BinaryPrimitives.ReadUInt16BigEndian(span[(position + 2)..]);
        if (span.Length != position + 4 + signatureLength)
        {
            return "an SCT's signature length does not match its contents";
        }

        if (milliseconds > (ulong)DateTimeOffset.MaxValue.ToUnixTimeMilliseconds())
        {
            return "an SCT's timestamp is out of range";
        }

        sct = new SignedCertificateTimestamp(
            data.Slice(1, 32),
            DateTimeOffset.FromUnixTimeMilliseconds((long)milliseconds),
            data.Slice(fixedHeader, extensionLength),
            hash,
            signatureAlgorithm,
            data.Slice(position + 4, signatureLength))
        {
            TimestampMilliseconds = milliseconds,
        };
        return null;
    }
}
