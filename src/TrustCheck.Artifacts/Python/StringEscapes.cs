using System.Globalization;

namespace TrustCheck.Artifacts.Python;

/// <summary>Python's backslash escapes in a non-raw literal, one at a time.</summary>
internal static class StringEscapes
{
    /// <summary>
    /// Decodes the escape whose backslash is at <paramref name="pos"/> into <paramref name="output"/> and returns the
    /// position after it. Line continuations write nothing; <c>\N{...}</c>, unknown and malformed escapes are written
    /// verbatim; in bytes <c>\u</c>, <c>\U</c> and <c>\N</c> are unknown escapes.
    /// </summary>
    public static int Decode(ReadOnlySpan<char> content, int pos, bool bytes, Span<char> output, ref int written)
    {
        if (pos + 1 >= content.Length)
        {
            output[written++] = '\\';
            return pos + 1;
        }

        var c = content[pos + 1];
        char? simple = c switch
        {
            '\\' => '\\',
            '\'' => '\'',
            '"' => '"',
            'a' => '\a',
            'b' => '\b',
            'f' => '\f',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            'v' => '\v',
            _ => null,
        };
        if (simple is { } value)
        {
            output[written++] = value;
            return pos + 2;
        }

        switch (c)
        {
            case '\n':
                return pos + 2;
            case '\r':
                return pos + (pos + 2 < content.Length && content[pos + 2] == '\n' ? 3 : 2);
            case >= '0' and <= '7':
                var end = pos + 1;
                var code = 0;
                while (end < content.Length && end < pos + 4 && content[end] is >= '0' and <= '7')
                {
                    code = code * 8 + content[end] - '0';
                    end++;
                }

                output[written++] = (char)(bytes ? code & 0xFF : code);
                return end;
            case 'x':
                return Hex(content, pos, 2, output, ref written);
            case 'u' when !bytes:
                return Hex(content, pos, 4, output, ref written);
            case 'U' when !bytes:
                return Hex(content, pos, 8, output, ref written);
            default:
                // \N{...} and unknown escapes stay as written; the character after the backslash is read again, so
                // a brace after it can still open an f-string's replacement field.
                output[written++] = '\\';
                return pos + 1;
        }
    }

    // \xhh, \uhhhh, \Uhhhhhhhh: exactly `digits` hex digits (and a code point at most U+10FFFF), else verbatim.
    private static int Hex(ReadOnlySpan<char> content, int pos, int digits, Span<char> output, ref int written)
    {
        var start = pos + 2;
        if (start + digits > content.Length
            || !uint.TryParse(content.Slice(start, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
            || code > 0x10FFFF)
        {
            output[written++] = '\\';
            return pos + 1;
        }

        if (code > 0xFFFF)
        {
            code -= 0x10000;
            output[written++] = (char)(0xD800 + (code >> 10));
            output[written++] = (char)(0xDC00 + (code & 0x3FF));
        }
        else
        {
            output[written++] = (char)code;
        }

        return start + digits;
    }
}
