using System.Buffers;

namespace TrustCheck.Artifacts.Python;

/// <summary>
/// The value of a string literal's token text, for rules that look inside strings (a base64 payload, a command).
/// Malformed literals (an error token's text, a missing closing quote) give their best reading, never an exception.
/// </summary>
public static class PythonStringLiteral
{
    /// <summary>
    /// The content without prefix and quotes, escapes processed unless raw (<c>\n \t \r \\ \' \" \a \b \f \v</c>, octal
    /// up to <c>\777</c>, <c>\xNN</c>, <c>\uNNNN</c>, <c>\UNNNNNNNN</c>; <c>\N{...}</c> and unknown escapes kept verbatim;
    /// backslash-newline removed). In f-strings replacement fields are kept verbatim, braces included, and the
    /// <c>{{</c>/<c>}}</c> escapes of the literal text become single braces. Bytes give one char per byte value.
    /// </summary>
    /// <param name="literal">A <see cref="PythonTokenKind.String"/> token's text.</param>
    /// <returns>The value.</returns>
    public static string Value(ReadOnlySpan<char> literal)
    {
        var quoteAt = literal.IndexOfAny('\'', '"');
        if (quoteAt < 0)
        {
            return literal.ToString();
        }

        var prefix = literal[..quoteAt];
        var raw = prefix.ContainsAny('r', 'R');
        var isF = prefix.ContainsAny('f', 'F');
        var bytes = prefix.ContainsAny('b', 'B');
        var quote = literal[quoteAt];
        var triple = literal.Length - quoteAt >= 3 && literal[quoteAt + 1] == quote && literal[quoteAt + 2] == quote;
        var open = triple ? 3 : 1;
        var content = literal[(quoteAt + open)..];
        if (content.Length >= open && content[^open..].IndexOfAnyExcept(quote) < 0)
        {
            content = content[..^open];
        }

        if (raw && !isF)
        {
            return content.ToString();
        }

        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, content.Length));
        try
        {
            var written = Decode(content, raw, isF, bytes, quote, triple, buffer);
            return new string(buffer, 0, written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>Whether the literal is an f-string (its prefix has <c>f</c> or <c>F</c>).</summary>
    /// <param name="literal">A string token's text.</param>
    /// <returns>True for an f-string.</returns>
    public static bool IsFString(ReadOnlySpan<char> literal) => Prefix(literal).ContainsAny('f', 'F');

    /// <summary>Whether the literal is a bytes literal (its prefix has <c>b</c> or <c>B</c>).</summary>
    /// <param name="literal">A string token's text.</param>
    /// <returns>True for bytes.</returns>
    public static bool IsBytes(ReadOnlySpan<char> literal) => Prefix(literal).ContainsAny('b', 'B');

    private static ReadOnlySpan<char> Prefix(ReadOnlySpan<char> literal)
    {
        var quoteAt = literal.IndexOfAny('\'', '"');
        return quoteAt is < 0 or > 2 ? [] : literal[..quoteAt];
    }

    // Output never outgrows the content: every escape is at least as long as what it writes.
    private static int Decode(ReadOnlySpan<char> content, bool raw, bool isF, bool bytes, char quote, bool triple, Span<char> output)
    {
        var written = 0;
        var pos = 0;
        while (pos < content.Length)
        {
            var c = content[pos];
            if (c == '\\' && !raw)
            {
                if (isF && pos + 2 < content.Length && content[pos + 1] == 'N' && content[pos + 2] == '{')
                {
                    var close = content[pos..].IndexOf('}');
                    var end = close < 0 ? content.Length : pos + close + 1;
                    content[pos..end].CopyTo(output[written..]);
                    written += end - pos;
                    pos = end;
                    continue;
                }

                pos = StringEscapes.Decode(content, pos, bytes, output, ref written);
                continue;
            }

            if (isF && c is '{' or '}')
            {
                if (pos + 1 < content.Length && content[pos + 1] == c)
                {
                    output[written++] = c;
                    pos += 2;
                    continue;
                }

                if (c == '{')
                {
                    var end = StringScanner.ReplacementFieldEnd(content, pos + 1, quote, triple);
                    end = end < 0 ? content.Length : end;
                    content[pos..end].CopyTo(output[written..]);
                    written += end - pos;
                    pos = end;
                    continue;
                }
            }

            if (raw && c == '\\' && pos + 1 < content.Length && content[pos + 1] is not ('{' or '}'))
            {
                output[written++] = c;
                output[written++] = content[pos + 1];
                pos += 2;
                continue;
            }

            output[written++] = c;
            pos++;
        }

        return written;
    }
}
