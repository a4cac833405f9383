namespace TrustCheck.Artifacts.Python;

/// <summary>Python 3.11's operators and delimiters, matched longest first (<c>**=</c> before <c>**</c> before <c>*</c>).</summary>
internal static class OperatorTable
{
    /// <summary>The length of the operator at <paramref name="pos"/>, or 0 when none starts there (a lone <c>!</c>).</summary>
    public static int Match(ReadOnlySpan<char> text, int pos)
    {
        var c0 = text[pos];
        var c1 = pos + 1 < text.Length ? text[pos + 1] : '\0';
        switch (c0)
        {
            case '(' or ')' or '[' or ']' or '{' or '}' or ',' or ';' or '~':
                return 1;
            case '.':
                return c1 == '.' && pos + 2 < text.Length && text[pos + 2] == '.' ? 3 : 1;
            case '-':
                return c1 is '>' or '=' ? 2 : 1;
            case ':' or '+' or '%' or '&' or '|' or '^' or '@' or '=':
                return c1 == '=' ? 2 : 1;
            case '!':
                return c1 == '=' ? 2 : 0;
            case '*' or '/' or '<' or '>':
                if (c1 == c0)
                {
                    return pos + 2 < text.Length && text[pos + 2] == '=' ? 3 : 2;
                }

                return c1 == '=' ? 2 : 1;
            default:
                return 0;
        }
    }

    /// <summary>+1 for an opening bracket, -1 for a closing one, 0 otherwise.</summary>
    public static int BracketDelta(char c) => c switch
    {
        '(' or '[' or '{' => 1,
        ')' or ']' or '}' => -1,
        _ => 0,
    };
}
