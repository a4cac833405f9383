using TrustCheck.Dependencies;
using TrustCheck.Inspection;
using TrustCheck.Packaging;
using TrustCheck.Sources;
using TrustCheck.TestKit.Http.Evidence;
using TrustCheck.TestKit.Http.Evidence.Synthetic;
using TrustCheck.Tests.Sources;

namespace TrustCheck.Tests.Dependencies;

/// <summary>The resolver over synthetic graphs (hand-written JSON API documents) served by the loopback server.</summary>
public sealed class DependencyResolverTests : IAsyncLifetime
{
    private static readonly TargetEnvironment Linux312 = new("3.12", "linux_x86_64");

    private EvidenceServer _server = null!;
    private SourceHost _host = null!;

    public async Task InitializeAsync()
    {
        _server = await EvidenceServer.StartAsync();
        _host = SourceHost.Create(_server);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Theory]
    [InlineData("linux_x86_64", "linux-only")]
    [InlineData("win_amd64", "win-only")]
    [InlineData("macosx_14_0_arm64", "mac-only")]
    public async Task ResolveAsync_PlatformMarkers_FollowOnlyTheTargetsRequirements(string platform, string expected)
    {
        Serve(new FakeIndex()
            .Add("app", "1.0", "common", "linux-only; sys_platform == 'linux'", "win-only; sys_platform == \"win32\"",
                "mac-only; platform_system == 'Darwin'", "old-python; python_version < '3.8'")
            .Add("common", "1.0").Add("linux-only", "1.0").Add("win-only", "1.0").Add("mac-only", "1.0").Add("old-python", "1.0"));

        var graph = await ResolveAsync("app", target: new TargetEnvironment("3.12", platform));

        Assert.Equal(["app==1.0 (root)", "common==1.0", $"{expected}==1.0"], GraphText.Nodes(graph));
        Assert.Empty(graph.Problems);
    }

    [Fact]
    public async Task ResolveAsync_ExtraRequestedByParent_AppliesTheChildsExtraRequirements()
    {
        Serve(new FakeIndex()
            .Add("app", "1.0", "lib[Fast]>=1")
            .Add("lib", "1.0", "core", "speedup; extra == 'fast'", "sphinx; extra == 'docs'")
            .Add("core", "1.0").Add("speedup", "1.0").Add("sphinx", "1.0"));

        var graph = await ResolveAsync("app");

        Assert.Equal(["app==1.0 (root)", "core==1.0", "lib==1.0[fast]", "speedup==1.0"], GraphText.Nodes(graph));
        var edge = Assert.Single(graph.Edges, e => e.To == Name("lib"));
        Assert.Equal(["fast"], edge.Extras);
        Assert.Equal("lib[Fast]>=1", edge.Requirement);
        Assert.Empty(graph.Problems);
    }

    [Fact]
    public async Task ResolveAsync_ExtraPropagatesThroughTwoLevels_FollowsEachLevelsExtras()
    {
        Serve(new FakeIndex()
            .Add("app", "1.0", "web[security]")
            .Add("web", "1.0", "tls[strict]; extra == 'security'")
            .Add("tls", "1.0", "pinning; extra == 'strict'", "legacy; extra == 'old'")
            .Add("pinning", "1.0").Add("legacy", "1.0"));

        var graph = await ResolveAsync("app");

        Assert.Equal(["app==1.0 (root)", "pinning==1.0", "tls==1.0[strict]", "web==1.0[security]"], GraphText.Nodes(graph));
    }

    [Fact]
    public async Task ResolveAsync_NodeReachedLaterWithNewExtras_IsEvaluatedAgainForTheUnion()
    {
        // lib is reached first without extras (from app, and expanded), then with [fast] from mid, one wave later.
        Serve(new FakeIndex()
            .Add("app", "1.0", "lib", "mid")
            .Add("mid", "1.0", "lib[fast]")
            .Add("lib", "1.0", "speedup; extra == 'fast'", "base")
            .Add("speedup", "1.0").Add("base", "1.0"));

        var graph = await ResolveAsync("app");

        Assert.Equal(["app==1.0 (root)", "base==1.0", "lib==1.0[fast]", "mid==1.0", "speedup==1.0"], GraphText.Nodes(graph));
        Assert.Equal(
            [
                "app==1.0 -> lib==1.0 : lib",
                "app==1.0 -> mid==1.0 : mid",
                "lib==1.0 -> base==1.0 : base",
                "lib==1.0 -> speedup==1.0 : speedup; extra == 'fast'",
                "mid==1.0 -> lib==1.0 : lib[fast]",
            ],
            GraphText.Edges(graph));
        Assert.Equal(1, _server.RequestCount("/pypi/lib/json"));
    }

    [Fact]
    public async Task ResolveAsync_RootExtrasAndSelfReferencingExtra_ApplyTheUnion()
    {
        Serve(new FakeIndex()
            .Add("tool", "1.0", "tool[cli,yaml]; extra == 'all'", "click; extra == 'cli'", "pyyaml; extra == 'yaml'", "toml; extra == 'toml'")
            .Add("click", "1.0").Add("pyyaml", "1.0").Add("toml", "1.0"));

        var graph = await new DependencyResolver(_host.PyPi).ResolveAsync(
            [new DependencyRoot(Name("tool"), null, ["ALL"])], DependencyMode.Transitive, Linux312);

        Assert.Equal(["click==1.0", "pyyaml==1.0", "tool==1.0[all,cli,yaml] (root)"], GraphText.Nodes(graph));
        Assert.Contains("tool==1.0 -> tool==1.0 : tool[cli,yaml]; extra == 'all'", GraphText.Edges(graph));
    }

    [Fact]
    public async Task ResolveAsync_Cycle_TerminatesWithBothEdges()
    {
        Serve(new FakeIndex().Add("a", "1.0", "b>=1").Add("b", "1.0", "a").Add("b", "2.0", "a<2"));

        var graph = await ResolveAsync("a");

        Assert.Equal(["a==1.0 (root)", "b==2.0"], GraphText.Nodes(graph));
        Assert.Equal(["a==1.0 -> b==2.0 : b>=1", "b==2.0 -> a==1.0 : a<2"], GraphText.Edges(graph));
        Assert.Empty(graph.Problems);
    }

    [Fact]
    public async Task ResolveAsync_YankedNewest_IsSkipped()
    {
        Serve(new FakeIndex()
            .Add("app", "1.0", "dep>=1")
            .Add("dep", "1.0").Add("dep", "1.1")
            .Add("dep", new FakeRelease("2.0", [], Yanked: true)));

        var graph = await ResolveAsync("app");

        Assert.Equal(["app==1.0 (root)", "dep==1.1"], GraphText.Nodes(graph));
        Assert.Equal(0, _server.RequestCount("/pypi/dep/2.0/json"));
    }

    [Fact]
    public async Task ResolveAsync_PinToAYankedRelease_IsHonouredAsPep592Says()
    {
        Serve(new FakeIndex()
            .Add("app", "1.0", "dep==2.0", "other")
            .Add("dep", "1.0")
            .Add("dep", new FakeRelease("2.0", [], Yanked: true))
            .Add("other", "1.0").Add("other", new FakeRelease("2.0", [], Yanked: true)));

        var graph = await ResolveAsync("app");

        Assert.Equal(["app==1.0 (root)", "dep==2.0", "other==1.0"], GraphText.Nodes(graph));
        Assert.Empty(graph.Problems);
    }

    [Fact]
    public async Task ResolveAsync_RequiresPythonExcludesNewest_TakesTheNewestThatSupportsTheTarget()
    {
        Serve(new FakeIndex()
            .Add("app", "1.0", "dep")
            .Add("dep", new FakeRelease("1.0", [], RequiresPython: ">=3.8"))
            .Add("dep", new FakeRelease("2.0", [], RequiresPython: ">=3.13")));

        var on312 = await ResolveAsync("app");
        var on313 = await ResolveAsync("app", target: new TargetEnvironment("3.13", "linux_x86_64"));

        Assert.Contains("dep==1.0", GraphText.Nodes(on312));
        Assert.Contains("dep==2.0", GraphText.Nodes(on313));
    }

    [Fact]
    public async Task ResolveAsync_RequiresPythonOnlyInTheReleaseDocument_RejectsItAfterFetching()
    {
        // Old uploads: the files carry no requires_python, only the release metadata does.
        Serve(new FakeIndex()
            .Add("app", "1.0", "dep")
            .Add("dep", new FakeRelease("1.0", [], RequiresPython: ">=3.8", FileRequiresPython: false))
            .Add("dep", new FakeRelease("2.0", [], RequiresPython: "<3", FileRequiresPython: false))
            .Add("dep", new FakeRelease("3.0", [], RequiresPython: ">=3.14", FileRequiresPython: false)));

        var graph = await ResolveAsync("app");

        Assert.Contains("dep==1.0", GraphText.Nodes(graph));
        Assert.Equal(1, _server.RequestCount("/pypi/dep/2.0/json"));
        Assert.Empty(graph.Problems);
    }

    [Fact]
    public async Task ResolveAsync_NothingSupportsTheTargetPython_HasNoSolutionNamingTheRequirement()
    {
        Serve(new FakeIndex().Add("app", "1.0", "dep").Add("dep", new FakeRelease("1.0", [], RequiresPython: "<3")));

        var graph = await ResolveAsync("app");

        var problem = Assert.IsType<ResolutionImpossibleProblem>(Assert.Single(graph.Problems));
        Assert.Equal(["app 1.0 depends on dep"], problem.Causes.Select(c => c.ToString()));
        Assert.Equal(["app==1.0 (root)"], GraphText.Nodes(graph));
    }

    [Theory]
    [InlineData("dep", "1.0")] // a final release matches: pre-releases are left out
    [InlineData("dep>1.0", null)] // pip 23.2 (packaging 21.3): a specifier that names no pre-release never selects one
    [InlineData("dep>=0.9b1", "2.0b1")] // the specifier names a pre-release: pre-releases are allowed
    [InlineData("dep<2.0b1", "1.0")]
    public async Task ResolveAsync_PreReleases_AreChosenAsPip232Does(string requirement, string? expected)
    {
        Serve(new FakeIndex().Add("app", "1.0", requirement).Add("dep", "0.9").Add("dep", "1.0").Add("dep", "2.0b1"));

        var graph = await ResolveAsync("app");

        if (expected is null)
        {
            Assert.IsType<ResolutionImpossibleProblem>(Assert.Single(graph.Problems));
            return;
        }

        Assert.Contains($"dep=={expected}", GraphText.Nodes(graph));
        Assert.Empty(graph.Problems);
    }

    [Fact]
    public async Task ResolveAsync_TwoParentsWithCompatibleRanges_PicksAVersionSatisfyingBoth()
    {
        Serve(new FakeIndex()
            .Add("app", "1.0", "b", "c")
            .Add("b", "1.0", "d>=1.0").Add("c", "1.0", "d<3")
            .Add("d", "1.0").Add("d", "2.0").Add("d", "3.0"));

        var graph = await ResolveAsync("app");

        Assert.Contains("d==2.0", GraphText.Nodes(graph));
        Assert.Contains("b==1.0 -> d==2.0 : d>=1.0", GraphText.Edges(graph));
        Assert.Contains("c==1.0 -> d==2.0 : d<3", GraphText.Edges(graph));
        Assert.Empty(graph.Problems);
    }

    [Fact]
    public async Task ResolveAsync_ConflictBetweenTwoParents_IsExplainedNotThrown()
    {
        Serve(new FakeIndex()
            .Add("app", "1.0", "b", "c")
            .Add("b", "1.0", "d<2").Add("c", "1.0", "d>=2")
            .Add("d", "1.0").Add("d", "2.0"));

        var graph = await ResolveAsync("app");

        var problem = Assert.IsType<ResolutionImpossibleProblem>(Assert.Single(graph.Problems));
        Assert.Contains("b 1.0 depends on d<2", problem.Message, StringComparison.Ordinal);
        Assert.Contains("c 1.0 depends on d>=2", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResolveAsync_RequirementNoReleaseMeets_HasNoSolution()
    {
        Serve(new FakeIndex()
            .Add("app", "1.0", "b", "c")
            .Add("b", "1.0", "d<2").Add("c", "1.0", "d>=9")
            .Add("d", "1.0").Add("d", "2.0"));

        var graph = await ResolveAsync("app");

        var problem = Assert.IsType<ResolutionImpossibleProblem>(Assert.Single(graph.Problems));
        Assert.Contains("c 1.0 depends on d>=9", problem.Message, StringComparison.Ordinal);
        Assert.Equal(["app==1.0 -> b==? : b", "app==1.0 -> c==? : c"], GraphText.Edges(graph));
    }

    [Fact]
    public async Task ResolveAsync_ConstraintFoundDeeper_RevisesTheVersionAndDropsTheOldVersionsDependencies()
    {
        // d is chosen (3.0) before c's "d<3" is seen; the next pass takes 2.0, and 3.0's own dependency disappears.
        Serve(new FakeIndex()
            .Add("app", "1.0", "d", "c")
            .Add("c", "1.0", "d<3")
            .Add("d", "2.0").Add("d", "3.0", "only-in-three")
            .Add("only-in-three", "1.0"));

        var graph = await ResolveAsync("app");

        Assert.Equal(["app==1.0 (root)", "c==1.0", "d==2.0"], GraphText.Nodes(graph));
        Assert.Equal(["app==1.0 -> c==1.0 : c", "app==1.0 -> d==2.0 : d", "c==1.0 -> d==2.0 : d<3"], GraphText.Edges(graph));
        Assert.Empty(graph.Problems);
        Assert.Equal(1, _server.RequestCount("/pypi/d/json"));
    }

    [Fact]
    public async Task ResolveAsync_RequirementExcludingThePinnedRoot_HasNoSolution()
    {
        Serve(new FakeIndex().Add("a", "1.0", "b").Add("b", "1.0", "a>=2").Add("a", "2.0"));

        var graph = await new DependencyResolver(_host.PyPi).ResolveAsync([new PackageRequest(Name("a"), "1.0")], DependencyMode.Transitive, Linux312);

        Assert.Equal(["a==1.0 (root)"], GraphText.Nodes(graph));
        var problem = Assert.IsType<ResolutionImpossibleProblem>(Assert.Single(graph.Problems));
        Assert.Contains("b 1.0 depends on a>=2", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DependencyMode.None, new[] { "app==1.0 (root)" }, 0)]
    [InlineData(DependencyMode.Direct, new[] { "app==1.0 (root)", "b==1.0" }, 1)]
    [InlineData(DependencyMode.Transitive, new[] { "app==1.0 (root)", "b==1.0", "c==1.0", "d==1.0" }, 3)]
    public async Task ResolveAsync_Mode_FollowsAsFarAsAsked(DependencyMode mode, string[] nodes, int edges)
    {
        Serve(new FakeIndex().Add("app", "1.0", "b").Add("b", "1.0", "c").Add("c", "1.0", "d").Add("d", "1.0"));

        var graph = await ResolveAsync("app", mode);

        Assert.Equal(nodes, GraphText.Nodes(graph));
        Assert.Equal(edges, graph.Edges.Count);
        Assert.Empty(graph.Problems);
        if (mode != DependencyMode.Transitive)
        {
            Assert.Equal(0, _server.RequestCount("/pypi/c/json")); // a dependency's dependencies are not even fetched
        }
    }

    [Fact]
    public async Task ResolveAsync_DirectModeWithTwoRoots_FollowsEachRootButNotTheirDependencies()
    {
        Serve(new FakeIndex().Add("a", "1.0", "b").Add("b", "1.0", "c").Add("c", "1.0", "d").Add("d", "1.0"));

        var graph = await new DependencyResolver(_host.PyPi).ResolveAsync(
            [new PackageRequest(Name("a")), new PackageRequest(Name("c"))], DependencyMode.Direct, Linux312);

        Assert.Equal(["a==1.0 (root)", "b==1.0", "c==1.0 (root)", "d==1.0"], GraphText.Nodes(graph));
        Assert.Equal(["a==1.0 -> b==1.0 : b", "c==1.0 -> d==1.0 : d"], GraphText.Edges(graph));
    }

    [Fact]
    public async Task ResolveAsync_Diamond_HasOneNodeAndBothEdges()
    {
        Serve(new FakeIndex()
            .Add("app", "1.0", "left", "right")
            .Add("left", "1.0", "shared>=1").Add("right", "1.0", "shared<3")
            .Add("shared", "1.0").Add("shared", "2.0"));

        var graph = await ResolveAsync("app");

        Assert.Equal(["app==1.0 (root)", "left==1.0", "right==1.0", "shared==2.0"], GraphText.Nodes(graph));
        Assert.Equal(
            [
                "app==1.0 -> left==1.0 : left",
                "app==1.0 -> right==1.0 : right",
                "left==1.0 -> shared==2.0 : shared>=1",
                "right==1.0 -> shared==2.0 : shared<3",
            ],
            GraphText.Edges(graph));
        Assert.Equal(1, _server.RequestCount("/pypi/shared/json"));
    }

    [Fact]
    public async Task ResolveAsync_UnparseableVersionsAndReleasesWithoutFiles_AreIgnored()
    {
        Serve(new FakeIndex()
            .Add("app", "1.0", "dep")
            .Add("dep", "1.0")
            .Add("dep", "not a version!")
            .Add("dep", "2.0-final-ish-nonsense")
            .Add("dep", new FakeRelease("3.0", [], HasFiles: false)));

        var graph = await ResolveAsync("app");

        Assert.Contains("dep==1.0", GraphText.Nodes(graph));
        Assert.Empty(graph.Problems);
    }

    [Fact]
    public async Task ResolveAsync_OnlyReleasesWithoutFilesMatch_HasNoSolution()
    {
        Serve(new FakeIndex().Add("app", "1.0", "dep>=2").Add("dep", "1.0").Add("dep", new FakeRelease("2.0", [], HasFiles: false)));

        var graph = await ResolveAsync("app");

        Assert.Equal(["app 1.0 depends on dep>=2"], Assert.IsType<ResolutionImpossibleProblem>(Assert.Single(graph.Problems)).Causes.Select(c => c.ToString()));
    }

    [Fact]
    public async Task ResolveAsync_UnknownDependency_IsAnUnknownProjectNamingTheRequirement()
    {
        Serve(new FakeIndex().Add("app", "1.0", "ghost>=1", "lib").Add("lib", "1.0", "ghost"));

        var graph = await ResolveAsync("app");

        Assert.Equal(["app==1.0 -> ghost==? : ghost>=1", "app==1.0 -> lib==? : lib"], GraphText.Edges(graph));
        var unknown = Assert.Single(graph.Problems.OfType<UnknownProjectProblem>());
        Assert.Equal(["app==1.0: ghost>=1"], unknown.RequiredBy.Select(c => c.ToString()));
        Assert.Single(graph.Problems.OfType<ResolutionImpossibleProblem>());
        Assert.Equal(1, _server.RequestCount("/pypi/ghost/json"));
    }

    [Fact]
    public async Task ResolveAsync_InvalidAndDirectUrlRequirements_AreUnresolvableProblems()
    {
        Serve(new FakeIndex()
            .Add("app", "1.0", "ok", "not valid ((", "vendored @ https://example.invalid/vendored-1.0.tar.gz", "weird; python_version ~= 'abc'")
            .Add("ok", "1.0"));

        var graph = await ResolveAsync("app");

        Assert.Equal(["app==1.0 (root)", "ok==1.0"], GraphText.Nodes(graph));
        Assert.Contains("app==1.0 -> vendored==? : vendored @ https://example.invalid/vendored-1.0.tar.gz", GraphText.Edges(graph));
        Assert.Equal(
            [
                ("not valid ((", UnresolvableReason.InvalidRequirement),
                ("vendored @ https://example.invalid/vendored-1.0.tar.gz", UnresolvableReason.DirectReference),
                ("weird; python_version ~= 'abc'", UnresolvableReason.MarkerNotEvaluable),
            ],
            graph.Problems.Cast<UnresolvableRequirementProblem>().Select(p => (p.Requirement, p.Reason)));
        Assert.All(graph.Problems, p => Assert.Equal(Name("app"), p.Name));
    }

    [Fact]
    public async Task ResolveAsync_DuplicateRequirementString_GivesOneEdge()
    {
        Serve(new FakeIndex().Add("app", "1.0", "dep", "dep").Add("dep", "1.0"));

        var graph = await ResolveAsync("app");

        Assert.Single(graph.Edges);
    }

    [Fact]
    public async Task ResolveAsync_SameProjectAskedAtTwoVersions_Throws()
    {
        var resolver = new DependencyResolver(_host.PyPi);

        await Assert.ThrowsAsync<ArgumentException>(() => resolver.ResolveAsync(
            [new PackageRequest(Name("a"), "1.0"), new PackageRequest(Name("A"), "2.0")], DependencyMode.Transitive, Linux312));
    }

    [Fact]
    public async Task ResolveAsync_SourceFailsForADependency_PropagatesTheSourceException()
    {
        Serve(new FakeIndex().Add("app", "1.0", "dep").Add("dep", "1.0"));
        _server.Faults.Enqueue("/pypi/dep/json", Fault.MalformedJson, times: 10);

        var error = await Assert.ThrowsAsync<EvidenceSourceException>(() => ResolveAsync("app"));

        Assert.Equal(EvidenceErrorKind.Malformed, error.Kind);
    }

    [Fact]
    public async Task ResolveAsync_Cancelled_Throws()
    {
        Serve(new FakeIndex().Add("app", "1.0", "dep").Add("dep", "1.0"));
        _server.Latency = TimeSpan.FromSeconds(1);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new DependencyResolver(_host.PyPi).ResolveAsync(
            [new PackageRequest(Name("app"))], DependencyMode.Transitive, Linux312, cancellationToken: cancellation.Token));
    }

    [Fact]
    public async Task ResolveAsync_ManySyntheticPackages_FetchesConcurrentlyOnceEachAndReportsDiscovery()
    {
        _server.AddSyntheticPackages(40, new SyntheticPackageOptions { DependencyCount = 3 });
        _server.Latency = TimeSpan.FromMilliseconds(20);
        var progress = new RecordingProgress();

        var graph = await new DependencyResolver(_host.PyPi).ResolveAsync(
            [new PackageRequest(Name("synthetic-pkg-0040"))], DependencyMode.Transitive, Linux312, progress);

        Assert.Equal(40, graph.Nodes.Count);
        Assert.Equal((37 * 3) + 2 + 1, graph.Edges.Count); // 0040..0004 require three each, 0003 two, 0002 one
        Assert.Empty(graph.Problems);
        for (var index = 1; index <= 40; index++)
        {
            Assert.Equal(1, _server.RequestCount($"/pypi/synthetic-pkg-{index:D4}/json"));
        }

        Assert.True(_server.MaxConcurrentRequests("/pypi/") > 1, "Each wave's projects are fetched concurrently.");
        Assert.Equal(40, progress.Values[^1]);
        Assert.Equal(progress.Values.Order(), progress.Values);
    }

    [Fact]
    public async Task ResolveAsync_SameInputTwice_GivesTheSameGraph()
    {
        _server.AddSyntheticPackages(20, new SyntheticPackageOptions { DependencyCount = 4 });
        var resolver = new DependencyResolver(_host.PyPi);

        var first = await resolver.ResolveAsync([new PackageRequest(Name("synthetic-pkg-0020"))], DependencyMode.Transitive, Linux312);
        var second = await resolver.ResolveAsync([new PackageRequest(Name("synthetic-pkg-0020"))], DependencyMode.Transitive, Linux312);

        Assert.Equal(GraphText.Nodes(first), GraphText.Nodes(second));
        Assert.Equal(GraphText.Edges(first), GraphText.Edges(second));
        Assert.Equal(GraphText.Nodes(first).Order(StringComparer.Ordinal), GraphText.Nodes(first));
    }

    private static PackageName Name(string name) => PackageName.Parse(name);

    private void Serve(FakeIndex index) => index.ServeOn(_server);

    private Task<DependencyGraph> ResolveAsync(string root, DependencyMode mode = DependencyMode.Transitive, TargetEnvironment? target = null) =>
        new DependencyResolver(_host.PyPi).ResolveAsync([new PackageRequest(Name(root))], mode, target ?? Linux312);
}
