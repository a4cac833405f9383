using TrustCheck.Dependencies;
using TrustCheck.Dependencies.Backtracking;
using TrustCheck.Inspection;
using TrustCheck.Packaging;

namespace TrustCheck.Tests.Dependencies.Backtracking;

/// <summary>The backtracking resolver's rules, each on a hand-written index (the differential test against pip is separate).</summary>
public sealed class BacktrackingResolverTests
{
    private static readonly TargetEnvironment Linux311 = new("3.11", "linux_x86_64");

    [Fact]
    public async Task DependencyWhoseNewestVersionNeedsAMissingProject_BacktracksToAnOlderOne()
    {
        var index = new InMemoryResolverIndex()
            .Add("root", "3.0.0", "dep-a")
            .Add("dep-a", "3.0.0", "dep-b>=1").Add("dep-a", "2.1.0", "dep-c").Add("dep-c", "1.0");

        var graph = await Resolve(index, "root", "3.0.0");

        Assert.Equal(["dep-a==2.1.0", "dep-c==1.0", "root==3.0.0"], Pins(graph));
        Assert.Empty(graph.Problems);
    }

    [Fact]
    public async Task ConflictDeepInTheGraph_IsSolvedByDowngradingAParent()
    {
        var index = new InMemoryResolverIndex()
            .Add("root", "1.0", "a", "b")
            .Add("a", "2.0", "c>=2").Add("a", "1.0", "c")
            .Add("b", "1.0", "c<2")
            .Add("c", "2.0").Add("c", "1.0");

        var graph = await Resolve(index, "root", "1.0");

        Assert.Equal(["a==1.0", "b==1.0", "c==1.0", "root==1.0"], Pins(graph));
    }

    [Fact]
    public async Task NoCombination_IsImpossibleWithTheClashExplained()
    {
        var index = new InMemoryResolverIndex()
            .Add("root", "1.0", "x>=2", "y")
            .Add("x", "2.0").Add("x", "1.0")
            .Add("y", "1.0", "x<2");

        var graph = await Resolve(index, "root", "1.0");

        var problem = Assert.Single(graph.Problems.OfType<ResolutionImpossibleProblem>());
        Assert.Contains("y 1.0 depends on x<2", problem.Message, StringComparison.Ordinal);
        Assert.Contains("root 1.0 depends on x>=2", problem.Message, StringComparison.Ordinal);
        Assert.Equal(["root==1.0"], Pins(graph));
    }

    [Fact]
    public async Task YankedRelease_IsSkippedUnlessPinned()
    {
        var index = new InMemoryResolverIndex()
            .Add("root", "1.0", "lib", "pinned==2.0")
            .Add("lib", "2.0", [], null, yanked: true).Add("lib", "1.0")
            .Add("pinned", "2.0", [], null, yanked: true).Add("pinned", "1.0");

        Assert.Equal(["lib==1.0", "pinned==2.0", "root==1.0"], Pins(await Resolve(index, "root", "1.0")));
    }

    [Fact]
    public async Task PreReleases_FollowPip232sPackaging()
    {
        // packaging 21.3: a specifier that names no pre-release never selects one; an empty one falls back to them.
        var index = new InMemoryResolverIndex()
            .Add("root", "1.0", "bare", "ranged>=1.0")
            .Add("bare", "2.0b1")
            .Add("ranged", "2.0b1").Add("ranged", "1.0");

        Assert.Equal(["bare==2.0b1", "ranged==1.0", "root==1.0"], Pins(await Resolve(index, "root", "1.0")));
    }

    [Fact]
    public async Task Extras_BringTheirRequirementsAtTheSameVersion()
    {
        var index = new InMemoryResolverIndex()
            .Add("root", "1.0", "lib[fast]")
            .Add("lib", "1.0", ["speedup; extra == \"fast\"", "common"], null, extras: ["fast"])
            .Add("speedup", "1.0").Add("common", "1.0");

        var graph = await Resolve(index, "root", "1.0");

        Assert.Equal(["common==1.0", "lib==1.0", "root==1.0", "speedup==1.0"], Pins(graph));
        Assert.Equal(["fast"], graph.Nodes.Single(n => n.Name.Normalized == "lib").Extras);
    }

    [Fact]
    public async Task RequiresPythonExcludingTheTarget_IsBacktrackedOver()
    {
        var index = new InMemoryResolverIndex()
            .Add("root", "1.0", "lib")
            .Add("lib", "2.0", [], ">=3.12").Add("lib", "1.0", [], ">=3.8");

        Assert.Equal(["lib==1.0", "root==1.0"], Pins(await Resolve(index, "root", "1.0")));
    }

    [Fact]
    public async Task MarkersAreEvaluatedForTheTarget()
    {
        var index = new InMemoryResolverIndex()
            .Add("root", "1.0", "win; sys_platform == \"win32\"", "old; python_version < \"3.8\"", "here; python_version >= \"3.8\"")
            .Add("win", "1.0").Add("old", "1.0").Add("here", "1.0");

        Assert.Equal(["here==1.0", "root==1.0"], Pins(await Resolve(index, "root", "1.0")));
    }

    [Fact]
    public async Task UnknownRootAndUnknownVersion_AreProblemsNotExceptions()
    {
        var index = new InMemoryResolverIndex().Add("root", "1.0");

        var unknownProject = await Resolve(index, "nothing-here", "1.0");
        var unknownVersion = await Resolve(index, "root", "9.9");

        Assert.IsType<UnknownProjectProblem>(Assert.Single(unknownProject.Problems));
        Assert.IsType<UnknownVersionProblem>(Assert.Single(unknownVersion.Problems));
    }

    [Fact]
    public async Task ExhaustedStepBudget_IsTooDeep()
    {
        var index = new InMemoryResolverIndex().Add("root", "1.0", "a").Add("a", "1.0", "b").Add("b", "1.0");

        var graph = await new BacktrackingResolver(index, maxRounds: 2).ResolveAsync([new DependencyRoot(PackageName.Parse("root"), "1.0")], DependencyMode.Transitive, Linux311, null, CancellationToken.None);

        Assert.IsType<ResolutionTooDeepProblem>(Assert.Single(graph.Problems));
    }

    private static Task<DependencyGraph> Resolve(InMemoryResolverIndex index, string root, string version) =>
        new BacktrackingResolver(index).ResolveAsync([new DependencyRoot(PackageName.Parse(root), version)], DependencyMode.Transitive, Linux311, null, CancellationToken.None);

    private static List<string> Pins(DependencyGraph graph) => [.. graph.Nodes.Select(n => $"{n.Name}=={n.Version}").Order(StringComparer.Ordinal)];
}
