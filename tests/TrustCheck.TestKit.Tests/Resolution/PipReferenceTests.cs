using TrustCheck.TestKit.Http.Evidence;
using TrustCheck.TestKit.Resolution;

namespace TrustCheck.TestKit.Tests.Resolution;

/// <summary>pip against hand-written graphs published by <see cref="GraphPublisher"/>: it installs from the loopback index and reads the PEP 658 files.</summary>
public sealed class PipReferenceTests
{
    [Fact]
    public async Task ResolveAsync_BacktrackingYankedPreReleaseRequiresPythonExtraMarker_InstallsWhatPipChooses()
    {
        // pkg-b 3.0.0 needs Python >= 3.12 and 2.0.0 caps pkg-d below what pkg-c needs: pip backtracks to pkg-b 1.0.0.
        // pkg-d 2.1.0 is yanked and 3.0.0rc1 a pre-release: pkg-d 2.0.0. pkg-e[fast] on Linux brings pkg-f; win32 not pkg-g.
        var graph = Graph(
            ("pkg-a", [Release("1.0.0", "pkg-b", "pkg-c")]),
            ("pkg-b", [Release("1.0.0"), Release("2.0.0", "pkg-d<2.0"), Release("3.0.0") with { RequiresPython = ">=3.12" }]),
            ("pkg-c", [Release("1.0.0", "pkg-d>=2.0", "pkg-e[fast]; sys_platform == \"linux\"", "pkg-g; sys_platform == \"win32\"")]),
            ("pkg-d", [Release("1.0.0"), Release("2.0.0"), Release("2.1.0") with { Yanked = true }, Release("3.0.0rc1")]),
            ("pkg-e", [Release("1.0.0", "pkg-f; extra == \"fast\"") with { ProvidesExtra = ["fast"] }]),
            ("pkg-f", [Release("1.0.0")]),
            ("pkg-g", [Release("1.0.0")]));
        var pip = await PipReference.LocateAsync();
        await using var server = await EvidenceServer.StartAsync();
        GraphPublisher.Publish(server, graph);

        var outcome = await pip.ResolveAsync(server.IndexUrl, "pkg-a", "1.0.0");

        Assert.True(outcome.Solved, outcome.Stderr);
        Assert.Equal(
            ["pkg-a==1.0.0", "pkg-b==1.0.0", "pkg-c==1.0.0", "pkg-d==2.0.0", "pkg-e==1.0.0", "pkg-f==1.0.0"],
            outcome.Installed!.Select(r => $"{r.Name}=={r.Version}").Order(StringComparer.Ordinal));
        Assert.Contains(server.Requests, r => r.Path.EndsWith(".whl.metadata", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ResolveAsync_PinnedYankedRelease_IsInstalled()
    {
        var graph = Graph(
            ("pkg-a", [Release("1.0.0", "pkg-b==2.0.0")]),
            ("pkg-b", [Release("1.0.0"), Release("2.0.0") with { Yanked = true }]));
        var pip = await PipReference.LocateAsync();
        await using var server = await EvidenceServer.StartAsync();
        GraphPublisher.Publish(server, graph);

        var outcome = await pip.ResolveAsync(server.IndexUrl, "pkg-a", "1.0.0");

        Assert.Equal(["pkg-a==1.0.0", "pkg-b==2.0.0"], outcome.Installed!.Select(r => $"{r.Name}=={r.Version}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ResolveAsync_MissingVersionEverywhere_NoSolutionWithPipsExplanation()
    {
        var graph = Graph(
            ("pkg-a", [Release("1.0.0", "pkg-b>=50.0")]),
            ("pkg-b", [Release("1.0.0")]));
        var pip = await PipReference.LocateAsync();
        await using var server = await EvidenceServer.StartAsync();
        GraphPublisher.Publish(server, graph);

        var outcome = await pip.ResolveAsync(server.IndexUrl, "pkg-a", "1.0.0");

        Assert.False(outcome.Solved);
        Assert.Contains("No matching distribution found for pkg-b>=50.0", outcome.Stderr, StringComparison.Ordinal);
    }

    private static GeneratedRelease Release(string version, params string[] requires) => new(version, requires, null, Yanked: false, []);

    private static GeneratedGraph Graph(params (string Name, GeneratedRelease[] Releases)[] projects) =>
        new(0, GraphFeatures.Default, [.. projects.Select(p => new GeneratedProject(p.Name, p.Releases))], projects[0].Name, projects[0].Releases[^1].Version);
}
