using System.Text;

namespace TrustCheck.Artifacts.Python;

/// <summary>
/// Folds an identifier the way CPython reads it (PEP 3131: identifiers are NFKC-normalised) for the compatibility
/// characters attackers use to spell ASCII names: <c>𝐞𝐱𝐞𝐜</c> is <c>exec</c>, <c>ｓｕｂｐｒｏｃｅｓｓ</c> is
/// <c>subprocess</c>. Only <see cref="IdentifierFoldTable"/> is applied; other characters are kept as written.
/// </summary>
public static class IdentifierFold
{
    /// <summary>The identifier as CPython reads it; the same string (no copy) when nothing folds.</summary>
    /// <param name="identifier">A name token's text.</param>
    /// <returns>The folded identifier.</returns>
    public static string Fold(ReadOnlySpan<char> identifier) => Folds(identifier) ? FoldSlow(identifier) : identifier.ToString();

    /// <summary>Whether folding changes the identifier (fast for ASCII).</summary>
    /// <param name="identifier">A name token's text.</param>
    /// <returns>True when at least one character folds.</returns>
    public static bool Folds(ReadOnlySpan<char> identifier)
    {
        if (Ascii.IsValid(identifier))
        {
            return false;
        }

        for (var i = 0; i < identifier.Length; i++)
        {
            var codePoint = CodePointAt(identifier, i, out var width);
            if (IdentifierFoldTable.Map.ContainsKey(codePoint))
            {
                return true;
            }

            i += width - 1;
        }

        return false;
    }

    private static string FoldSlow(ReadOnlySpan<char> identifier)
    {
        var folded = new StringBuilder(identifier.Length);
        for (var i = 0; i < identifier.Length; i++)
        {
            var codePoint = CodePointAt(identifier, i, out var width);
            if (IdentifierFoldTable.Map.TryGetValue(codePoint, out var ascii))
            {
                folded.Append(ascii);
            }
            else
            {
                folded.Append(identifier.Slice(i, width));
            }

            i += width - 1;
        }

        return folded.ToString();
    }

    private static int CodePointAt(ReadOnlySpan<char> text, int i, out int width)
    {
        if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            width = 2;
            return char.ConvertToUtf32(text[i], text[i + 1]);
        }

        width = 1;
        return text[i];
    }
}
