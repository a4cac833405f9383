using System.CommandLine;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using TrustCheck.Cli;
using TrustCheck.TestKit;
using TrustCheck.TestKit.Http.Evidence;

namespace TrustCheck.Benchmarks.Engine;

/// <summary>
/// <c>trustcheck inspect synthetic-pkg-0100 --with-transitive-deps --format json</c>, in process, on a 100-package
/// graph (each package depends on the ten before it) served by the loopback index with 50 ms latency per request.
/// Cold: an empty cache directory. Warm: a cache directory an earlier run filled (a new process in effect: the CLI
/// builds its own services each run). Targets: cold ≤ 3 s, warm ≤ 300 ms.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 7, invocationCount: 1)]
[MemoryDiagnoser]
public class InspectGraphBenchmarks
{
    private const int PackageCount = 100;
    private EvidenceServer _server = null!;
    private string _root = string.Empty;
    private string _warm = string.Empty;
    private string _cacheDirectory = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _root = Directory.CreateTempSubdirectory("trustcheck-inspect-bench-").FullName;
        Environment.SetEnvironmentVariable("TRUSTCHECK_STATE_DIR", Path.Combine(_root, "state"));
        _server = EvidenceServer.StartAsync().GetAwaiter().GetResult();
        _server.AddSyntheticPackages(PackageCount, new SyntheticPackageOptions { DependencyCount = 10 });
        _server.Latency = TimeSpan.FromMilliseconds(50);
        _warm = Path.Combine(_root, "warm");
        var packages = Run(_warm);
        if (packages != PackageCount)
        {
            throw new InvalidOperationException($"The graph has {packages} packages, not {PackageCount}.");
        }
    }

    [IterationSetup(Target = nameof(Cold))]
    public void SetupCold() => _cacheDirectory = Path.Combine(_root, "cold-" + Guid.NewGuid().ToString("N"));

    [IterationSetup(Target = nameof(Warm))]
    public void SetupWarm() => _cacheDirectory = _warm;

    [Benchmark]
    public int Cold() => Run(_cacheDirectory);

    [Benchmark]
    public int Warm()
    {
        var before = _server.TotalRequests;
        var packages = Run(_cacheDirectory);
        return _server.TotalRequests == before ? packages : throw new InvalidOperationException($"A warm run sent {_server.TotalRequests - before} requests.");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Directory.Delete(_root, recursive: true);
    }

    private int Run(string cacheDirectory)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = TrustCheckCommandLine.InvokeAsync(
            [
                "inspect", "synthetic-pkg-0100", "--with-transitive-deps", "--format", "json",
                "--pypi-url", _server.PypiUrl.AbsoluteUri, "--index-url", _server.IndexUrl.AbsoluteUri, "--osv-url", _server.OsvUrl.AbsoluteUri,
                "--trusted-root", SharedData.PathOf("vectors/trusted_root/production.trusted_root.json"), "--cache-dir", cacheDirectory,
                "--popular-names", SharedData.PathOf("data/top-pypi/top-pypi-packages.min.json"),
            ],
            new InvocationConfiguration { Output = output, Error = error }).GetAwaiter().GetResult();
        if (exit is not (0 or 4))
        {
            throw new InvalidOperationException($"inspect exited {exit}: {error}");
        }

        using var report = System.Text.Json.JsonDocument.Parse(output.ToString());
        return report.RootElement.GetProperty("packages").GetArrayLength();
    }
}
