using System.Text.Json;

namespace TrustCheck.Attestations.Codecs;

/// <summary>
/// Base64 decoding that accepts what Sigstore and PEP 740 producers emit and nothing looser: the standard or the
/// URL-safe alphabet (DSSE allows both), with or without <c>=</c> padding, and the line breaks old PEP 740 producers
/// inserted every 76 characters. Spaces, tabs and any other character are rejected. Every accepted form decodes to
/// the one byte string that is then verified, so none of them can change what a signature covers
/// (docs/attestations.md, "Lenient decoding").
/// </summary>
internal static class Base64Text
{
    /// <summary>Decodes base64 text.</summary>
    public static bool TryDecode(string? text, out byte[] bytes)
    {
        bytes = [];
        if (text is null)
        {
            return false;
        }

        var cleaned = text.Contains('\n', StringComparison.Ordinal) || text.Contains('\r', StringComparison.Ordinal)
            ? text.Replace("\r", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal)
            : text;
        if (cleaned.AsSpan().ContainsAny(' ', '\t'))
        {
            return false;
        }

        if (cleaned.AsSpan().ContainsAny('-', '_'))
        {
            cleaned = cleaned.Replace('-', '+').Replace('_', '/');
        }

        if (cleaned.Length % 4 != 0)
        {
            cleaned = cleaned.PadRight(cleaned.Length + (4 - (cleaned.Length % 4)), '=');
        }

        var padding = cleaned.EndsWith("==", StringComparison.Ordinal) ? 2 : cleaned.EndsWith('=') ? 1 : 0;
        var buffer = new byte[Math.Max(0, (cleaned.Length / 4 * 3) - padding)];
        if (!Convert.TryFromBase64String(cleaned, buffer, out var written))
        {
            return false;
        }

        bytes = written == buffer.Length ? buffer : buffer[..written];
        return true;
    }

    /// <summary>
    /// Decodes a JSON string holding base64, straight from its UTF-8 when it is plain standard base64 (the common,
    /// fast case), else through <see cref="TryDecode(string?, out byte[])"/>. The fast path is taken only when the
    /// raw value has no escape and no space, so both paths accept exactly the same texts.
    /// </summary>
    public static bool TryDecode(JsonElement element, out byte[] bytes)
    {
        bytes = [];
        if (element.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        // Escapes (\n, \t, \u0041) are only resolved by reading the string: take the checked path for them.
        var raw = System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(element);
        if (raw.IndexOf((byte)'\\') >= 0)
        {
            return TryDecode(element.GetString(), out bytes);
        }

        return raw.IndexOf((byte)' ') < 0 && (element.TryGetBytesFromBase64(out bytes!) || TryDecode(element.GetString(), out bytes));
    }
}
