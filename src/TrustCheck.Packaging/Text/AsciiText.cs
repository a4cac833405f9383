namespace TrustCheck.Packaging.Text;

/// <summary>
/// ASCII-only text helpers. The packaging standards are ASCII grammars, and Unicode-aware case folding would let
/// look-alikes through (<c>İ</c>, <c>ı</c>, <c>ſ</c> and the Kelvin sign fold to ASCII letters).
/// </summary>
internal static class AsciiText
{
    /// <summary>Lower-cases ASCII letters only; every other character is kept as it is.</summary>
    public static string ToLower(string value)
    {
        var firstUpper = -1;
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsAsciiLetterUpper(value[i]))
            {
                firstUpper = i;
                break;
            }
        }

        if (firstUpper < 0)
        {
            return value;
        }

        return string.Create(value.Length, (value, firstUpper), static (span, state) =>
        {
            state.value.AsSpan().CopyTo(span);
            for (var i = state.firstUpper; i < span.Length; i++)
            {
                if (char.IsAsciiLetterUpper(span[i]))
                {
                    span[i] = (char)(span[i] | 0x20);
                }
            }
        });
    }

    /// <summary>Python's <c>str.isspace()</c>: .NET white space plus the information separators U+001C–U+001F.</summary>
    public static bool IsPythonWhiteSpace(char c) => char.IsWhiteSpace(c) || c is >= '\u001c' and <= '\u001f';

    /// <summary>Python's <c>str.strip()</c> with no arguments.</summary>
    public static ReadOnlySpan<char> TrimPython(ReadOnlySpan<char> value)
    {
        var start = 0;
        var end = value.Length;
        while (start < end && IsPythonWhiteSpace(value[start]))
        {
            start++;
        }

        while (end > start && IsPythonWhiteSpace(value[end - 1]))
        {
            end--;
        }

        return value[start..end];
    }
}
