using System.Globalization;
using BenchmarkDotNet.Attributes;
using TrustCheck.Dependencies;
using TrustCheck.Dependencies.Backtracking;
using TrustCheck.Inspection;
using TrustCheck.Packaging;

namespace TrustCheck.Benchmarks.Dependencies;

/// <summary>
/// The backtracking resolver on a 200-project graph whose newest releases clash deep down (conflicting upper bounds),
/// so the search must backtrack several parents; metadata is in memory (already cached). Target ≤ 50 ms.
/// </summary>
[MemoryDiagnoser]
public class BacktrackingResolverBenchmarks
{
    private const int Projects = 200;
    private static readonly TargetEnvironment Target = new("3.11", "linux_x86_64");
    private GraphIndex _index = null!;

    [GlobalSetup]
    public void Setup()
    {
        _index = new GraphIndex();
        for (var i = 0; i < Projects; i++)
        {
            for (var major = 1; major <= 4; major++)
            {
                var requires = new List<string>();
                if (i + 1 < Projects)
                {
                    requires.Add($"{Name(i + 1)}>=1");
                }

                if (i + 7 < Projects)
                {
                    requires.Add(Name(i + 7));
                }

                // Every tenth project's two newest releases cap the project two below it, which the project in between
                // needs at its newest: only an older release of each capping project fits (pip finds it by backjumping).
                if (i % 10 == 0 && i > 0 && major >= 3 && i + 2 < Projects)
                {
                    requires.Add($"{Name(i + 2)}<2");
                }

                if (i % 10 == 1 && i > 1 && i + 1 < Projects)
                {
                    requires.Add($"{Name(i + 1)}>=3");
                }

                _index.Add(Name(i), major.ToString(CultureInfo.InvariantCulture) + ".0", requires);
            }
        }

        // The steps: rounds of pinning and backjumping, printed once for the report.
        var environment = Target.ToMarkerEnvironment();
        var provider = new PipProvider(_index, environment, new PythonCandidate(PythonVersion.Parse(environment.Values["python_full_version"])), DependencyMode.Transitive, [PackageName.Parse(Name(0))]);
        var outcome = new Resolution(provider, BacktrackingResolver.MaxRounds)
            .ResolveAsync([new SpecifierRequirement(PackageName.Parse(Name(0)), [], VersionSpecifierSet.Parse("==4.0"), "p000==4.0")], CancellationToken.None).GetAwaiter().GetResult();
        var backtracked = outcome.State.Mapping.Entries().Count(e => e.Value is BaseCandidate b && b.Release.VersionText != "4.0");
        Console.WriteLine($"// resolution: {outcome.Kind}, {outcome.Rounds} rounds, {outcome.State.Mapping.Count} pins, {backtracked} below their newest release");
    }

    [Benchmark]
    public int ResolveWithBacktracking()
    {
        var graph = new BacktrackingResolver(_index).ResolveAsync([new DependencyRoot(PackageName.Parse(Name(0)), "4.0")], DependencyMode.Transitive, Target, null, CancellationToken.None).GetAwaiter().GetResult();
        return graph.Nodes.Count + graph.Problems.Count;
    }

    private static string Name(int i) => "p" + i.ToString("000", CultureInfo.InvariantCulture);

    /// <summary>An in-memory index: the metadata a warm cache would serve.</summary>
    private sealed class GraphIndex : IResolverIndex
    {
        private readonly Dictionary<PackageName, List<(IndexRelease Release, ReleaseMetadata Metadata)>> _projects = [];

        public void Add(string name, string version, IReadOnlyList<string> requires)
        {
            var project = PackageName.Parse(name);
            if (!_projects.TryGetValue(project, out var releases))
            {
                releases = [];
                _projects[project] = releases;
            }

            releases.Add((new IndexRelease(project, version, PythonVersion.Parse(version), false, $"{name}-{version}-py3-none-any.whl"), new ReleaseMetadata(requires, null, [], "memory")));
        }

        public Task<IReadOnlyList<IndexRelease>?> GetReleasesAsync(PackageName name, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<IndexRelease>?>(_projects.TryGetValue(name, out var releases) ? [.. releases.Select(r => r.Release)] : null);

        public Task<ReleaseMetadata> GetMetadataAsync(IndexRelease release, CancellationToken cancellationToken) =>
            Task.FromResult(_projects[release.Name].First(r => r.Release == release).Metadata);
    }
}
