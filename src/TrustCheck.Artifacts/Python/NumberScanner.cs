namespace TrustCheck.Artifacts.Python;

/// <summary>
/// Numeric literals as CPython 3.11's <c>tokenize</c> matches them: hex, octal and binary with single underscores
/// between digits, decimal integers, point and exponent floats, imaginary <c>j</c>. Like its regular expression, an
/// integer with a leading zero stops after the zeros (<c>0777</c> is <c>0</c> then <c>777</c>).
/// </summary>
internal static class NumberScanner
{
    /// <summary>The length of the number at <paramref name="pos"/> (a digit, or a dot followed by a digit); at least 1.</summary>
    public static int Scan(ReadOnlySpan<char> text, int pos)
    {
        var first = text[pos];
        if (first == '0' && pos + 1 < text.Length && RadixOf(text[pos + 1]) is var radix and not 0)
        {
            var end = Digits(text, pos + 2, radix, allowLeadingUnderscore: true);
            return end == pos + 2 ? 1 : end - pos;
        }

        int p;
        var isFloat = false;
        if (first == '.')
        {
            p = Digits(text, pos + 1, 10, allowLeadingUnderscore: false);
            isFloat = true;
        }
        else
        {
            p = Digits(text, pos, 10, allowLeadingUnderscore: false);
            if (p < text.Length && text[p] == '.')
            {
                p = Digits(text, p + 1, 10, allowLeadingUnderscore: false);
                isFloat = true;
            }
        }

        if (p < text.Length && text[p] is 'e' or 'E')
        {
            var q = p + 1;
            if (q < text.Length && text[q] is '+' or '-')
            {
                q++;
            }

            if (q < text.Length && char.IsAsciiDigit(text[q]))
            {
                p = Digits(text, q, 10, allowLeadingUnderscore: false);
                isFloat = true;
            }
        }

        if (p < text.Length && text[p] is 'j' or 'J')
        {
            return p + 1 - pos;
        }

        if (!isFloat && first == '0')
        {
            // Decnumber: 0(?:_?0)*
            var z = pos + 1;
            while (z < text.Length && (text[z] == '0' || (text[z] == '_' && z + 1 < text.Length && text[z + 1] == '0')))
            {
                z += text[z] == '_' ? 2 : 1;
            }

            return z - pos;
        }

        return p - pos;
    }

    private static int RadixOf(char c) => c switch
    {
        'x' or 'X' => 16,
        'o' or 'O' => 8,
        'b' or 'B' => 2,
        _ => 0,
    };

    // (?:_?d)* from p, or d(?:_?d)* when allowLeadingUnderscore is false (then nothing unless a digit is at p).
    private static int Digits(ReadOnlySpan<char> text, int p, int radix, bool allowLeadingUnderscore)
    {
        if (!allowLeadingUnderscore)
        {
            if (p >= text.Length || !IsDigit(text[p], radix))
            {
                return p;
            }

            p++;
        }

        while (p < text.Length)
        {
            if (IsDigit(text[p], radix))
            {
                p++;
            }
            else if (text[p] == '_' && p + 1 < text.Length && IsDigit(text[p + 1], radix))
            {
                p += 2;
            }
            else
            {
                break;
            }
        }

        return p;
    }

    private static bool IsDigit(char c, int radix) => radix switch
    {
        16 => char.IsAsciiHexDigit(c),
        8 => c is >= '0' and <= '7',
        2 => c is '0' or '1',
        _ => char.IsAsciiDigit(c),
    };
}
