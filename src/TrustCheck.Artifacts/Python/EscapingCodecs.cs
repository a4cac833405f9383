using System.Text;

namespace TrustCheck.Artifacts.Python;

/// <summary>
/// Decoders for the codecs that turn escapes in the bytes into characters, as CPython decodes a source declaring them:
/// <c>utf-7</c>, <c>unicode-escape</c> (Latin-1 bytes with Python's backslash escapes) and <c>raw-unicode-escape</c>
/// (only <c>\uXXXX</c>/<c>\UXXXXXXXX</c> after an odd number of backslashes). Never throws; malformed escapes are kept
/// as written and reported.
/// </summary>
internal static class EscapingCodecs
{
    /// <summary>Decodes <paramref name="bytes"/> with the codec named by <see cref="EncodingDeclaration.Escaping"/>.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string codec, out bool malformed)
    {
        malformed = false;
        if (codec == "utf-7")
        {
#pragma warning disable SYSLIB0001 // UTF-7 is exactly what must be read here: CPython accepts it as a source encoding.
            return new UTF7Encoding().GetString(bytes);
#pragma warning restore SYSLIB0001
        }

        var latin1 = Encoding.Latin1.GetString(bytes);
        return codec == "unicode-escape" ? UnicodeEscape(latin1, ref malformed) : RawUnicodeEscape(latin1, ref malformed);
    }

    private static string UnicodeEscape(string text, ref bool malformed)
    {
        var output = new char[text.Length];
        var written = 0;
        var pos = 0;
        while (pos < text.Length)
        {
            if (text[pos] != '\\')
            {
                output[written++] = text[pos++];
                continue;
            }

            var before = written;
            var next = StringEscapes.Decode(text, pos, false, output, ref written);
            malformed |= next == pos + 1 && written == before + 1 && pos + 1 < text.Length && text[pos + 1] is 'x' or 'u' or 'U' or 'N';
            pos = next;
        }

        return new string(output, 0, written);
    }

    private static string RawUnicodeEscape(string text, ref bool malformed)
    {
        var output = new StringBuilder(text.Length);
        var pos = 0;
        while (pos < text.Length)
        {
            if (text[pos] != '\\')
            {
                output.Append(text[pos++]);
                continue;
            }

            var run = pos;
            while (pos < text.Length && text[pos] == '\\')
            {
                pos++;
            }

            var backslashes = pos - run;
            if (backslashes % 2 == 0 || pos >= text.Length || text[pos] is not ('u' or 'U'))
            {
                output.Append('\\', backslashes);
                continue;
            }

            output.Append('\\', backslashes - 1);
            var digits = text[pos] == 'u' ? 4 : 8;
            if (pos + 1 + digits <= text.Length
                && uint.TryParse(text.AsSpan(pos + 1, digits), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out var code)
                && code <= 0x10FFFF && !(code is >= 0xD800 and <= 0xDFFF))
            {
                output.Append(char.ConvertFromUtf32((int)code));
                pos += 1 + digits;
            }
            else
            {
                malformed = true;
                output.Append('\\');
            }
        }

        return output.ToString();
    }
}
