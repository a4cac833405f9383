using TrustCheck.Dependencies;
using TrustCheck.Dependencies.Backtracking;
using TrustCheck.Inspection;
using TrustCheck.Packaging;
using TrustCheck.TestKit.Http.Evidence;
using TrustCheck.TestKit.Http.Evidence.Synthetic;
using TrustCheck.Tests.Sources;

namespace TrustCheck.Tests.Dependencies.Backtracking;

/// <summary>The backtracking resolver over the engine's real sources (JSON API over the loopback server).</summary>
public sealed class SourcesResolverIndexTests : IAsyncLifetime
{
    private static readonly TargetEnvironment Linux311 = new("3.11", "linux_x86_64");
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

    [Fact]
    public async Task ReleasesExcludedByTheirFilesRequiresPythonOrYanked_AreNotChosen_AndTheNewestThatFitsIs()
    {
        new FakeIndex()
            .Add("app", "1.0", "lib")
            .Add("lib", new FakeRelease("3.0", [], RequiresPython: ">=3.12"))
            .Add("lib", new FakeRelease("2.0", [], Yanked: true))
            .Add("lib", new FakeRelease("1.5", ["missing-project"]))
            .Add("lib", "1.0")
            .ServeOn(_server);

        var graph = await Resolve("app", "1.0");

        Assert.Equal(["app==1.0", "lib==1.0"], graph.Nodes.Select(n => $"{n.Name}=={n.Version}").Order(StringComparer.Ordinal));
        Assert.Equal("lib==1.0", Assert.Single(graph.Edges).To.Normalized + "==" + graph.Edges[0].ToVersion);
    }

    [Fact]
    public async Task UnsatisfiableDependency_IsImpossibleNamingTheMissingProject()
    {
        new FakeIndex().Add("app", "1.0", "lib>=1").Add("lib", "1.0", "missing-project").ServeOn(_server);

        var graph = await Resolve("app", "1.0");

        Assert.Contains(graph.Problems, p => p is ResolutionImpossibleProblem);
        Assert.Contains(graph.Problems, p => p is UnknownProjectProblem { Name.Normalized: "missing-project" });
    }

    private Task<DependencyGraph> Resolve(string root, string version) =>
        new BacktrackingResolver(new SourcesResolverIndex(_host.PyPi, null, Linux311))
            .ResolveAsync([new DependencyRoot(PackageName.Parse(root), version)], DependencyMode.Transitive, Linux311, null, CancellationToken.None);
}
