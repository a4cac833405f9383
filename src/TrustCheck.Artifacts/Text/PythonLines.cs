using System.Buffers;
using System.Text;

namespace TrustCheck.Artifacts.Text;

/// <summary>Text files read the way Python reads them: UTF-8 with or without a byte order mark (Latin-1 when not UTF-8), lines split by <c>str.splitlines</c>.</summary>
public static class PythonLines
{
    private static readonly SearchValues<char> Breaks = SearchValues.Create("\n\r\v\f\u001c\u001d\u001e\u0085\u2028\u2029");

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text: UTF-8 (a leading byte order mark dropped), or Latin-1 when the bytes are not UTF-8.</summary>
    /// <param name="content">The file's bytes.</param>
    public static string Decode(ReadOnlySpan<byte> content)
    {
        var body = content.StartsWith("\uFEFF"u8) ? content[3..] : content;
        try
        {
            return StrictUtf8.GetString(body);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(body);
        }
    }

    /// <summary>The lines of a text, split at every line boundary Python's <c>str.splitlines</c> knows (<c>\r\n</c> counts once).</summary>
    /// <param name="text">The text.</param>
    public static List<string> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = new List<string>();
        var rest = text.AsSpan();
        while (rest.Length > 0)
        {
            var end = rest.IndexOfAny(Breaks);
            if (end < 0)
            {
                lines.Add(rest.ToString());
                break;
            }

            lines.Add(rest[..end].ToString());
            rest = rest[(end + (rest[end] == '\r' && end + 1 < rest.Length && rest[end + 1] == '\n' ? 2 : 1))..];
        }

        return lines;
    }

    /// <summary>The lines of a file's bytes.</summary>
    /// <param name="content">The bytes.</param>
    public static List<string> Read(ReadOnlySpan<byte> content) => Split(Decode(content));
}
