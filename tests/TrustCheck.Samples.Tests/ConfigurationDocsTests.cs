using TrustCheck.TestKit;

namespace TrustCheck.Samples.Tests;

/// <summary>Code in docs is checked: docs/configuration.md's host snippet is samples/EmbedInHost's code.</summary>
public sealed class ConfigurationDocsTests
{
    [Fact]
    public void InANetHostSnippet_EveryLine_IsInTheEmbedInHostSampleInTheSameOrder()
    {
        var snippet = CodeLines(CSharpBlockUnder(File.ReadAllLines(Path.Combine(RepositoryRoot.Current, "docs", "configuration.md")), "## In a .NET host"));
        var program = CodeLines(File.ReadAllLines(Path.Combine(RepositoryRoot.Current, "samples", "EmbedInHost", "Program.cs")));

        Assert.True(snippet.Count >= 10, $"the snippet has {snippet.Count} lines of code");
        var next = 0;
        foreach (var line in snippet)
        {
            var found = program.FindIndex(next, l => l == line);
            Assert.True(found >= 0, $"'{line}' (docs/configuration.md) is not in samples/EmbedInHost/Program.cs after line '{(next > 0 ? program[next - 1] : "(start)")}'.");
            next = found + 1;
        }
    }

    /// <summary>The first <c>```csharp</c> block after a heading.</summary>
    private static List<string> CSharpBlockUnder(string[] markdown, string heading)
    {
        var start = Array.FindIndex(markdown, l => l.Trim() == heading);
        Assert.True(start >= 0, $"docs/configuration.md has no '{heading}'.");
        var open = Array.FindIndex(markdown, start, l => l.Trim() == "```csharp");
        var close = Array.FindIndex(markdown, open + 1, l => l.Trim() == "```");
        Assert.True(open > start && close > open, $"no ```csharp block under '{heading}'.");
        return markdown[(open + 1)..close].ToList();
    }

    /// <summary>The lines of code: trailing <c>// comments</c> and surrounding space removed, blank and comment-only lines dropped.</summary>
    private static List<string> CodeLines(IEnumerable<string> lines) =>
    [
        .. lines
            .Select(l => l.Trim())
            .Select(l => l.StartsWith("//", StringComparison.Ordinal) ? string.Empty : l)
            .Select(l => l.IndexOf(" // ", StringComparison.Ordinal) is var comment and >= 0 ? l[..comment].TrimEnd() : l)
            .Where(l => l.Length > 0),
    ];
}
