using System.Text.RegularExpressions;
using TrustCheck.TestKit.Resolution;

namespace TrustCheck.TestKit.Tests.Resolution;

public sealed class GraphGeneratorTests
{
    private static readonly IReadOnlyList<GeneratedGraph> Graphs = [.. Enumerable.Range(1, 300).Select(seed => GraphGenerator.Generate(seed))];

    [Fact]
    public void Generate_SameSeed_SameGraph()
    {
        Assert.Equal(GraphGenerator.Generate(42).Describe(), GraphGenerator.Generate(42).Describe());
        Assert.NotEqual(GraphGenerator.Generate(42).Describe(), GraphGenerator.Generate(43).Describe());
    }

    [Fact]
    public void Generate_AnySeed_HasARootAskedForAtAnUsableFinalRelease()
    {
        foreach (var graph in Graphs)
        {
            Assert.InRange(graph.Projects.Count, 4, 15);
            Assert.Equal("pkg-a", graph.RootName);
            var root = Assert.Single(graph.Projects[0].Releases, r => r.Version == graph.RootVersion);
            Assert.False(root.Yanked);
            Assert.NotEqual(GraphGenerator.ExcludingRequiresPython, root.RequiresPython);
            Assert.Equal(graph.Projects.Count, graph.Projects.Select(p => p.Name).Distinct().Count());
            Assert.All(graph.Projects, p => Assert.InRange(p.Releases.Count, 1, 6));
        }
    }

    [Theory]
    [InlineData("pre-release", "rc1|b2|a1")]
    [InlineData("pin", "==")]
    [InlineData("exclusion", "!=")]
    [InlineData("compatible", "~=")]
    [InlineData("range", ">=.*,<")]
    [InlineData("extra requested", @"\[fast\]")]
    [InlineData("extra requirement", "extra == \"fast\"")]
    [InlineData("false marker", "python_version < \"3.8\"|sys_platform == \"win32\"")]
    [InlineData("true marker", "sys_platform == \"linux\"")]
    [InlineData("missing version", "==9.9.9|>=50.0")]
    [InlineData("missing project", "pkg-ghost")]
    [InlineData("yanked", @"\[yanked\]")]
    [InlineData("excluding Requires-Python", "Requires-Python >=3.12")]
    public void Generate_ManySeeds_UseEveryFeature(string feature, string pattern)
    {
        var count = Graphs.Count(g => Regex.IsMatch(g.Describe(), pattern));

        Assert.True(count >= 5, $"{feature}: only {count} of {Graphs.Count} graphs");
    }

    [Fact]
    public void Generate_ManySeeds_SomeCyclesAndSomeGraphsWithoutPreReleases()
    {
        var cycles = Graphs.Count(HasCycleEdge);
        var withoutPreReleases = Graphs.Count(g => !g.Projects.Any(p => p.Releases.Any(r => !r.Version.All(c => char.IsDigit(c) || c == '.'))));

        Assert.True(cycles >= 5, $"only {cycles} graphs with a cycle");
        Assert.True(withoutPreReleases >= 5, $"only {withoutPreReleases} graphs without pre-releases");
    }

    [Fact]
    public void Generate_FeaturesOff_NoneOfThem()
    {
        var plain = GraphFeatures.Default with
        {
            PreReleaseRate = 0,
            YankedRate = 0,
            ExcludingRequiresPythonRate = 0,
            MissingVersionRate = 0,
            MissingProjectRate = 0,
            MarkerRate = 0,
            ExtraRate = 0,
            CycleRate = 0,
            ConflictTrapRate = 0,
        };

        var text = string.Concat(Enumerable.Range(1, 50).Select(seed => GraphGenerator.Generate(seed, plain).Describe()));

        Assert.DoesNotContain("[yanked]", text, StringComparison.Ordinal);
        Assert.DoesNotContain(">=3.12", text, StringComparison.Ordinal);
        Assert.DoesNotContain("extra", text, StringComparison.Ordinal);
        Assert.DoesNotContain("9.9.9", text, StringComparison.Ordinal);
        Assert.DoesNotContain("sys_platform", text, StringComparison.Ordinal);
        Assert.DoesNotContain("rc1", text, StringComparison.Ordinal);
    }

    /// <summary>Whether a release requires its own project or an earlier one (generated edges otherwise point forward).</summary>
    private static bool HasCycleEdge(GeneratedGraph graph)
    {
        var index = graph.Projects.Select((p, i) => (p.Name, i)).ToDictionary(x => x.Name, x => x.i);
        return graph.Projects.Select((p, i) => (p, i)).Any(x => x.p.Releases.Any(r => r.RequiresDist.Any(d =>
            index.TryGetValue(Regex.Match(d, "^pkg-[a-z]+").Value, out var target) && target <= x.i)));
    }
}
