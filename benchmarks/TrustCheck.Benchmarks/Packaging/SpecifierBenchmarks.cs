using BenchmarkDotNet.Attributes;
using TrustCheck.Packaging;

namespace TrustCheck.Benchmarks.Packaging;

/// <summary>10,000 specifier checks: a realistic dependency-range set against a corpus of versions.</summary>
[MemoryDiagnoser]
public class SpecifierBenchmarks
{
    private const int Count = 10_000;
    private static readonly string[] Sets = [">=2.8.1,<3", "~=1.4", ">=1.0,!=1.3.*,<2.0", "==2.*", ">3.6.2", "<=1.0.post5,>1.0a1"];
    private PythonVersion[] _versions = [];
    private string[] _texts = [];
    private VersionSpecifierSet[] _sets = [];

    [GlobalSetup]
    public void Setup()
    {
        _texts = VersionCorpus.Create(Count, seed: 508);
        _versions = [.. _texts.Select(PythonVersion.Parse)];
        _sets = [.. Sets.Select(s => VersionSpecifierSet.Parse(s))];
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public int ContainsParsedVersion()
    {
        var matches = 0;
        for (var i = 0; i < _versions.Length; i++)
        {
            if (_sets[i % _sets.Length].Contains(_versions[i]))
            {
                matches++;
            }
        }

        return matches;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public int ContainsVersionString()
    {
        var matches = 0;
        for (var i = 0; i < _texts.Length; i++)
        {
            if (_sets[i % _sets.Length].Contains(_texts[i]))
            {
                matches++;
            }
        }

        return matches;
    }

    [Benchmark]
    public int Filter10000()
    {
        return _sets[0].Filter(_versions).Count();
    }

    [Benchmark(OperationsPerInvoke = 600)]
    public int ParseSpecifierSets()
    {
        var total = 0;
        for (var i = 0; i < 100; i++)
        {
            foreach (var text in Sets)
            {
                total += VersionSpecifierSet.Parse(text).Count;
            }
        }

        return total;
    }
}
