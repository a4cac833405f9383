using TrustCheck.TestKit.Http.Evidence;

namespace TrustCheck.TestKit.Resolution;

/// <summary>
/// The differential test against pip, for any resolver: for each seed, generate a graph (<see cref="GraphGenerator"/>),
/// publish it on its own loopback index (<see cref="GraphPublisher"/>), ask pip (<see cref="PipReference"/>) and the
/// resolver, and compare the (name, version) sets. Graphs run at most <c>parallelism</c> at a time (pip runs take 1–2 s).
/// </summary>
public static class ResolverDifferential
{
    /// <summary>Compares a resolver with pip on the graphs of the given seeds.</summary>
    /// <param name="seeds">The seeds.</param>
    /// <param name="pip">The reference.</param>
    /// <param name="resolver">
    /// The resolver under test: the set of (name, version) it resolves for the input's root, or null when it reports the
    /// root unresolved. Names and versions are normalized here (<see cref="PipReference.Key"/>).
    /// </param>
    /// <param name="features">The generator's features; defaults when null.</param>
    /// <param name="parallelism">How many graphs at once (at most 2 on the 2-core machines this runs on).</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    public static async Task<DifferentialReport> RunAsync(
        IEnumerable<int> seeds,
        PipReference pip,
        Func<ResolverInput, CancellationToken, Task<IReadOnlySet<(string Name, string Version)>?>> resolver,
        GraphFeatures? features = null,
        int parallelism = 2,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(seeds);
        ArgumentNullException.ThrowIfNull(pip);
        ArgumentNullException.ThrowIfNull(resolver);
        ArgumentOutOfRangeException.ThrowIfLessThan(parallelism, 1);
        var list = seeds.ToList();
        var results = new GraphComparison[list.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, list.Count),
            new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken },
            async (index, token) => results[index] = await CompareAsync(GraphGenerator.Generate(list[index], features), pip, resolver, token).ConfigureAwait(false))
            .ConfigureAwait(false);
        return new DifferentialReport(results, pip.PipVersion);
    }

    /// <summary>Compares a resolver with pip on one graph, published on a fresh loopback index.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="pip">The reference.</param>
    /// <param name="resolver">The resolver under test (see <see cref="RunAsync"/>).</param>
    /// <param name="cancellationToken">Cancels the comparison.</param>
    public static async Task<GraphComparison> CompareAsync(
        GeneratedGraph graph,
        PipReference pip,
        Func<ResolverInput, CancellationToken, Task<IReadOnlySet<(string Name, string Version)>?>> resolver,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(pip);
        ArgumentNullException.ThrowIfNull(resolver);
        var server = await EvidenceServer.StartAsync(cancellationToken).ConfigureAwait(false);
        await using (server.ConfigureAwait(false))
        {
            GraphPublisher.Publish(server, graph);
            var expected = await pip.ResolveAsync(server.IndexUrl, graph.RootName, graph.RootVersion, cancellationToken).ConfigureAwait(false);
            var input = new ResolverInput(graph, server, graph.RootName, graph.RootVersion, pip.PythonVersion, pip.Platform);
            var actual = await resolver(input, cancellationToken).ConfigureAwait(false);
            var normalized = actual?.Select(static r => PipReference.Key(r.Name, r.Version)).ToHashSet();
            return new GraphComparison(graph, expected, normalized);
        }
    }
}
