namespace TrustCheck.Attestations.Codecs;

/// <summary>Base64 decoding that accepts what Sigstore and PEP 740 producers emit and nothing looser.</summary>
internal static class Base64Text
{
    /// <summary>
    /// Decodes standard or URL-safe base64 (DSSE requires both), tolerating the line breaks old PEP 740 producers
    /// inserted every 76 characters.
    /// </summary>
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
        if (cleaned.AsSpan().ContainsAny('-', '_'))
        {
            cleaned = cleaned.Replace('-', '+').Replace('_', '/');
            if (cleaned.Length % 4 != 0)
            {
                cleaned = cleaned.PadRight(cleaned.Length + (4 - (cleaned.Length % 4)), '=');
            }
        }

        if (cleaned.AsSpan().ContainsAny(' ', '\t'))
        {
            return false;
        }

        var padding = cleaned.EndsWith("==", StringComparison.Ordinal) ? 2 : cleaned.EndsWith('=') ? 1 : 0;
        var buffer = new byte[Math.Max(0, (cleaned.Length / 4 * 3) - padding)];
        if (cleaned.Length % 4 != 0 || !Convert.TryFromBase64String(cleaned, buffer, out var written))
        {
            return false;
        }

        bytes = written == buffer.Length ? buffer : buffer[..written];
        return true;
    }
}
