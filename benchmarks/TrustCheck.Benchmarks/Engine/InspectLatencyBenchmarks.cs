using System.CommandLine;
using BenchmarkDotNet.Attributes;
using TrustCheck.Cli;
using TrustCheck.TestKit;
using TrustCheck.TestKit.Http.Evidence;

namespace TrustCheck.Benchmarks.Engine;

/// <summary>
/// <c>trustcheck inspect sampleproject --format json</c> end to end, in process, against the loopback server holding
/// the real PyPI documents and provenance from ../shared, with an empty cache each time, at 0 ms and 50 ms of added
/// latency per request. The difference divided by 50 ms is the number of requests on the critical path (round trips
/// that cannot overlap); times a network's round-trip time, that is the floor no client can beat on that network.
/// </summary>
// Job mutators, not a job of its own: a [SimpleJob] here would be built out of process even under --inProcess.
[RunOncePerIteration]
[WarmupCount(2)]
[IterationCount(9)]
[MemoryDiagnoser]
public class InspectLatencyBenchmarks
{
    private EvidenceServer _server = null!;
    private string _root = string.Empty;
    private string _cacheDirectory = string.Empty;

    [Params(0, 50)]
    public int LatencyMilliseconds { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _root = Directory.CreateTempSubdirectory("trustcheck-inspect-latency-").FullName;
        Environment.SetEnvironmentVariable("TRUSTCHECK_STATE_DIR", Path.Combine(_root, "state"));
        _server = EvidenceServer.StartAsync().GetAwaiter().GetResult();
        _server.LoadSharedData();
        _server.Latency = TimeSpan.FromMilliseconds(LatencyMilliseconds);
    }

    [IterationSetup]
    public void SetupIteration() => _cacheDirectory = Path.Combine(_root, "cold-" + Guid.NewGuid().ToString("N"));

    [Benchmark]
    public int InspectCold()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = TrustCheckCommandLine.InvokeAsync(
            [
                "inspect", "sampleproject", "--format", "json",
                "--pypi-url", _server.PypiUrl.AbsoluteUri, "--index-url", _server.IndexUrl.AbsoluteUri, "--osv-url", _server.OsvUrl.AbsoluteUri,
                "--trusted-root", SharedData.PathOf("vectors/trusted_root/production.trusted_root.json"), "--cache-dir", _cacheDirectory,
                "--popular-names", SharedData.PathOf("data/top-pypi/top-pypi-packages.min.json"),
            ],
            new InvocationConfiguration { Output = output, Error = error }).GetAwaiter().GetResult();
        return exit is 0 or 4 ? output.GetStringBuilder().Length : throw new InvalidOperationException($"inspect exited {exit}: {error}");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Directory.Delete(_root, recursive: true);
    }
}
