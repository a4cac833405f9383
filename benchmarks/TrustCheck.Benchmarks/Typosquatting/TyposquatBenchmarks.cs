using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using TrustCheck.Packaging;
using TrustCheck.Sources;
using TrustCheck.TestKit;
using TrustCheck.Typosquatting;

namespace TrustCheck.Benchmarks.Typosquatting;

/// <summary>
/// Typosquat checks against the real 15,000-name corpus (../shared/data/top-pypi): building the index (target ≤ 200
/// ms) and checking 1,000 names (target ≤ 20 ms) — half real typosquat pairs' typos and look-alikes, half popular
/// names from the tail of the list, which take the popular-name path. Every `inspect` that checks names also loads the
/// list (<see cref="LoadCorpus"/>) and builds the index once.
/// </summary>
[MemoryDiagnoser]
public class TyposquatBenchmarks
{
    private PopularPackages _corpus = null!;
    private TyposquatDetector _detector = null!;
    private PackageName[] _queries = [];
    private HashSet<string> _names = [];
    private ServiceProvider _provider = null!;
    private IPopularPackagesSource _source = null!;

    [GlobalSetup]
    public void Setup()
    {
        var services = new ServiceCollection();
        services.AddTrustCheck().ConfigureSources(s => s.PopularPackagesFile = SharedData.PathOf("data/top-pypi/top-pypi-packages.min.json"));
        _provider = services.BuildServiceProvider();
        _source = _provider.GetRequiredService<IPopularPackagesSource>();
        _corpus = _source.GetAsync().GetAwaiter().GetResult();
        _detector = new TyposquatDetector(PopularNameIndex.Build(_corpus));
        _names = [.. _corpus.Packages.Select(p => p.Name.Normalized)];
        var typos = File.ReadAllLines(SharedData.PathOf("data/typosquats/typosquats.csv")).Skip(1).Select(l => l.Split(',')[0]);
        var mutated = _corpus.Packages.Take(500).Select(p => Mutate(p.Name.Normalized));
        _queries = [.. typos.Concat(mutated).Take(500).Concat(_corpus.Packages.Skip(10_000).Take(500).Select(p => p.Name.Normalized)).Select(PackageName.Parse)];
    }

    /// <summary>The floor: an exact lookup of the same 1,000 names among the popular ones, the least any check does.</summary>
    [Benchmark]
    public int ExactLookupFloor()
    {
        var found = 0;
        foreach (var name in _queries)
        {
            if (_names.Contains(name.Normalized))
            {
                found++;
            }
        }

        return found;
    }

    [GlobalCleanup]
    public void Cleanup() => _provider.Dispose();

    [Benchmark]
    public PopularNameIndex BuildIndex() => PopularNameIndex.Build(_corpus);

    /// <summary>Reading and parsing the 15,000-name list from its file, as an `inspect` with <c>--popular-names</c> does.</summary>
    [Benchmark]
    public Task<PopularPackages> LoadCorpus() => _source.GetAsync();

    [Benchmark(OperationsPerInvoke = 1)]
    public int CheckThousandNames()
    {
        var flagged = 0;
        foreach (var name in _queries)
        {
            if (_detector.Check(name) is not null)
            {
                flagged++;
            }
        }

        return flagged;
    }

    // A transposition in the middle: a typical typo.
    private static string Mutate(string name) =>
        name.Length < 4 ? name + "s" : string.Concat(name.AsSpan(0, name.Length / 2 - 1), name.AsSpan(name.Length / 2, 1), name.AsSpan(name.Length / 2 - 1, 1), name.AsSpan(name.Length / 2 + 1));
}
