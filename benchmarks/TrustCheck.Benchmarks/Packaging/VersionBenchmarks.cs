using BenchmarkDotNet.Attributes;
using TrustCheck.Packaging;

namespace TrustCheck.Benchmarks.Packaging;

/// <summary>Parsing and comparing 10,000 PEP 440 versions.</summary>
[MemoryDiagnoser]
public class VersionBenchmarks
{
    private const int Count = 10_000;
    private string[] _texts = [];
    private PythonVersion[] _versions = [];

    [GlobalSetup]
    public void Setup()
    {
        _texts = VersionCorpus.Create(Count);
        _versions = [.. _texts.Select(PythonVersion.Parse)];
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public PythonVersion? Parse()
    {
        PythonVersion? last = null;
        foreach (var text in _texts)
        {
            last = PythonVersion.Parse(text);
        }

        return last;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public int CompareAdjacent()
    {
        var sum = 0;
        for (var i = 1; i < _versions.Length; i++)
        {
            sum += _versions[i].CompareTo(_versions[i - 1]);
        }

        return sum;
    }

    [Benchmark]
    public PythonVersion Sort10000()
    {
        var copy = (PythonVersion[])_versions.Clone();
        Array.Sort(copy);
        return copy[^1];
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public int FormatNormalized()
    {
        var length = 0;
        foreach (var version in _versions)
        {
            length += PythonVersion.Parse(version.ToString()).ToString().Length;
        }

        return length;
    }
}
