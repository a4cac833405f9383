using System.Globalization;
using System.Text;

namespace TrustCheck.Packaging.Parsing;

/// <summary>
/// Decodes a quoted marker value the way Python's <c>ast.literal_eval</c> reads a string literal: the usual
/// backslash escapes, octal, <c>\x</c>, <c>\u</c> and <c>\U</c>; unknown escapes are kept as written.
/// </summary>
internal static class PythonStringLiteral
{
    /// <summary>The decoded value, or null when the literal is malformed (e.g. an escaped closing quote).</summary>
    public static string? TryDecode(string quoted)
    {
        var content = quoted[1..^1];
        var result = new StringBuilder(content.Length);
        for (var i = 0; i < content.Length; i++)
        {
            var c = content[i];
            if (c != '\\')
            {
                result.Append(c);
                continue;
            }

            if (++i >= content.Length)
            {
                // The backslash escapes the closing quote: the literal never ends.
                return null;
            }

            var escape = content[i];
            switch (escape)
            {
                case '\n': break;
                case '\\' or '\'' or '"': result.Append(escape); break;
                case 'a': result.Append('\a'); break;
                case 'b': result.Append('\b'); break;
                case 'f': result.Append('\f'); break;
                case 'n': result.Append('\n'); break;
                case 'r': result.Append('\r'); break;
                case 't': result.Append('\t'); break;
                case 'v': result.Append('\v'); break;
                case >= '0' and <= '7':
                    var octalLength = 1;
                    while (octalLength < 3 && i + octalLength < content.Length && content[i + octalLength] is >= '0' and <= '7')
                    {
                        octalLength++;
                    }

                    result.Append((char)Convert.ToInt32(content.Substring(i, octalLength), 8));
                    i += octalLength - 1;
                    break;
                case 'x' or 'u' or 'U':
                    var digits = escape switch { 'x' => 2, 'u' => 4, _ => 8 };
                    if (content.Length - (i + 1) < digits ||
                        !int.TryParse(content.AsSpan(i + 1, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code) ||
                        code is < 0 or > 0x10FFFF)
                    {
                        return null;
                    }

                    result.Append(code <= 0xFFFF ? ((char)code).ToString() : char.ConvertFromUtf32(code));
                    i += digits;
                    break;
                case 'N':
                    // Named escapes need Python's Unicode name table; reject rather than guess.
                    return null;
                default:
                    result.Append('\\').Append(escape);
                    break;
            }
        }

        return result.ToString();
    }
}
