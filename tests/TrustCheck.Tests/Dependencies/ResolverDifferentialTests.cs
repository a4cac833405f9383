using System.Collections.Concurrent;
using System.Globalization;
using TrustCheck.Dependencies;
using TrustCheck.Inspection;
using TrustCheck.Packaging;
using TrustCheck.TestKit.Resolution;
using TrustCheck.Tests.Sources;
using Xunit.Abstractions;

namespace TrustCheck.Tests.Dependencies;

/// <summary>
/// Issue 14's proof: the resolver against pip on generated graphs served as real wheels by the loopback index.
/// <c>TRUSTCHECK_RESOLVER_GRAPHS</c> sets how many seeds (1..N); 50 by default, 500 for the dedicated run. The target is
/// 100% agreement; the resolver under test is the backtracking one (see docs/dependencies.md).
/// </summary>
public sealed class ResolverDifferentialTests(ITestOutputHelper output)
{
    private const int DefaultGraphs = 50;

    /// <summary>The resolver under test. Swapping the resolver is this one line.</summary>
    private static readonly Func<ResolverInput, CancellationToken, Task<IReadOnlySet<(string Name, string Version)>?>> Resolver = BacktrackingResolverAsync;

    /// <summary>What the resolver answered per seed (its nodes and problems), printed with each disagreement.</summary>
    private static readonly ConcurrentDictionary<int, string> Explanations = new();

    [Fact]
    public async Task Resolver_GeneratedGraphs_AgreesWithPip()
    {
        var graphs = GraphCount();
        var pip = await PipReference.LocateAsync();

        var report = await ResolverDifferential.RunAsync(Enumerable.Range(1, graphs), pip, Resolver);

        output.WriteLine(report.Format());
        foreach (var disagreement in report.Disagreements)
        {
            output.WriteLine(disagreement.Describe(details: true));
            output.WriteLine(Explanations.TryGetValue(disagreement.Graph.Seed, out var explanation) ? explanation : "(the resolver was not asked)");
        }


        Assert.True(report.Agreements == report.Graphs, report.Format());
    }

    /// <summary>The backtracking resolver over the SDK's sources (JSON API, PEP 658 metadata files): the graph's nodes, or null when it finds no solution.</summary>
    private static async Task<IReadOnlySet<(string Name, string Version)>?> BacktrackingResolverAsync(ResolverInput input, CancellationToken cancellationToken)
    {
        await using var host = SourceHost.Create(input.Server);
        var target = new TargetEnvironment(input.PythonVersion, input.Platform);
        var graph = await new TrustCheck.Dependencies.Backtracking.BacktrackingResolver(new TrustCheck.Dependencies.Backtracking.SourcesResolverIndex(host.PyPi, host.Get<TrustCheck.Sources.ICoreMetadataSource>(), target))
            .ResolveAsync([new DependencyRoot(PackageName.Parse(input.Root), input.Version)], DependencyMode.Transitive, target, null, cancellationToken);
        var nodes = graph.Nodes.Select(static n => (n.Name.Normalized, n.Version)).ToHashSet();
        Explanations[input.Graph.Seed] = "  resolver nodes: " + GraphComparison.Format(nodes) + "\n"
            + string.Concat(graph.Problems.Select(static p => "  resolver problem: " + p.Message + "\n"));
        return graph.Problems.Any(p => p is ResolutionImpossibleProblem or ResolutionTooDeepProblem or UnknownProjectProblem { IsRoot: true } or UnknownVersionProblem) ? null : nodes;
    }

    private static int GraphCount() =>
        Environment.GetEnvironmentVariable("TRUSTCHECK_RESOLVER_GRAPHS") is { Length: > 0 } text
            ? int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture)
            : DefaultGraphs;
}
