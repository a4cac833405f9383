using System.Text;
using TrustCheck.Artifacts.Python;

namespace TrustCheck.Artifacts.Tests.Python;

/// <summary>Tokens shown as "Kind text" (line endings and tabs escaped), to compare with expected sequences.</summary>
internal static class Tokens
{
    public static List<PythonToken> Raw(string source)
    {
        var tokens = new List<PythonToken>();
        PythonTokenizer.Tokenize(source, tokens);
        return tokens;
    }

    public static string[] Of(string source) => [.. Raw(source).Select(t => Show(t, source))];

    /// <summary>The tokens without the trailing Newline/Dedent/EndOfFile, for checks of one construct.</summary>
    public static string[] Body(string source) =>
        [.. Raw(source).Where(t => t.Kind is not (PythonTokenKind.Newline or PythonTokenKind.Dedent or PythonTokenKind.EndOfFile)).Select(t => Show(t, source))];

    public static string Show(PythonToken token, string source)
    {
        var text = source.AsSpan(token.Start, token.Length).ToString();
        var escaped = new StringBuilder(text).Replace("\r", "\\r").Replace("\n", "\\n").Replace("\t", "\\t").Replace("\f", "\\f").ToString();
        return escaped.Length == 0 ? token.Kind.ToString() : $"{token.Kind} {escaped}";
    }

    /// <summary>Tokens are in order, do not overlap, lie inside the text, lines never go back, and the last is the end of file.</summary>
    public static void AssertWellFormed(string source, IReadOnlyList<PythonToken> tokens)
    {
        Assert.NotEmpty(tokens);
        Assert.Equal(PythonTokenKind.EndOfFile, tokens[^1].Kind);
        Assert.Equal(source.Length, tokens[^1].Start);
        int end = 0, line = 1;
        foreach (var token in tokens)
        {
            Assert.True(token.Start >= end && token.Length >= 0 && token.End <= source.Length, $"{token} after {end} in {source.Length}");
            Assert.True(token.Line >= line, $"{token} goes back from line {line}");
            end = token.End;
            line = token.Line;
        }
    }
}
