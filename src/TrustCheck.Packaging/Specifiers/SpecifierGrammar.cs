using System.Text.RegularExpressions;

namespace TrustCheck.Packaging;

/// <summary>The PEP 440 specifier grammar, matched on ASCII-lower-cased text (so no non-ASCII letter can match).</summary>
internal static partial class SpecifierGrammar
{
    // White space as Python's str.isspace() has it: .NET's \s plus the information separators.
    private const string Ws = @"[\s\x1c-\x1f]";
    private const string Release = @"v?(?:[0-9]+!)?[0-9]+";
    private const string Pre = @"(?:[-_.]?(?:alpha|beta|preview|pre|a|b|c|rc)[-_.]?[0-9]*)?";
    private const string Post = @"(?:(?:-[0-9]+)|(?:[-_.]?(?:post|rev|r)[-_.]?[0-9]*))?";
    private const string Dev = @"(?:[-_.]?dev[-_.]?[0-9]*)?";
    private const string Local = @"(?:\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?";

    private const string Clause =
        "(?:" +
        "===" + Ws + @"*[^\s\x1c-\x1f;)]*" +
        "|(?:==|!=)" + Ws + "*" + Release + @"(?:\.[0-9]+)*(?:\.\*|" + Pre + Post + Dev + Local + ")" +
        "|~=" + Ws + "*" + Release + @"(?:\.[0-9]+)+" + Pre + Post + Dev +
        "|(?:<=|>=|<|>)" + Ws + "*" + Release + @"(?:\.[0-9]+)*" + Pre + Post + Dev +
        ")";

    public static bool IsMatch(string text) => WholeSpecifier().IsMatch(TrustCheck.Packaging.Text.AsciiText.ToLower(text));

    /// <summary>The length of the specifier clause starting at <paramref name="start"/> of ASCII-lower-cased text, or 0.</summary>
    public static int MatchAt(string lowered, int start)
    {
        var match = ClauseAt().Match(lowered, start);
        return match.Success ? match.Length : 0;
    }

    [GeneratedRegex("^" + Ws + "*" + Clause + Ws + "*$", RegexOptions.CultureInvariant)]
    private static partial Regex WholeSpecifier();

    [GeneratedRegex(@"\G" + Clause, RegexOptions.CultureInvariant)]
    private static partial Regex ClauseAt();
}
