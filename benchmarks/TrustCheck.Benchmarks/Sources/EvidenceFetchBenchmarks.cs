using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.Extensions.DependencyInjection;
using TrustCheck.Packaging;
using TrustCheck.TestKit.Http.Evidence;
using TrustCheck.TestKit.Redis;

namespace TrustCheck.Benchmarks.Sources;

/// <summary>
/// Evidence for 200 packages (project JSON, release JSON, provenance of each file, one OSV batch) from the loopback
/// server with 50 ms latency on every request. Cold: empty caches (a new process in effect). Warm: a new service
/// provider (empty memory tier) over a file cache or Redis filled by an earlier run — the next CI job's case.
/// Targets: cold ≤ 2 s, warm ≤ 100 ms.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 7, invocationCount: 1)]
[MemoryDiagnoser]
public class EvidenceFetchBenchmarks
{
    private const int PackageCount = 200;
    private EvidenceServer _server = null!;
    private RedisServer _redis = null!;
    private string _root = string.Empty;
    private string _warmDirectory = string.Empty;
    private string _redisPrefix = string.Empty;
    private List<(PackageName Name, string Version)> _packages = [];
    private ServiceProvider? _provider;

    [GlobalSetup]
    public void Setup()
    {
        _server = EvidenceServer.StartAsync().GetAwaiter().GetResult();
        _server.AddSyntheticPackages(PackageCount);
        _server.Latency = TimeSpan.FromMilliseconds(50);
        _redis = RedisServer.StartAsync().GetAwaiter().GetResult();
        _root = Directory.CreateTempSubdirectory("trustcheck-bench-").FullName;
        var options = new SyntheticPackageOptions();
        _packages = Enumerable.Range(1, PackageCount).Select(i => (PackageName.Parse(options.NameOf(i)), options.Version)).ToList();

        _warmDirectory = Path.Combine(_root, "warm");
        _redisPrefix = "bench-" + Guid.NewGuid().ToString("N");
        using (var filler = Build(_warmDirectory, redis: false))
        {
            EvidenceWorkload.FetchAsync(filler, _packages).GetAwaiter().GetResult();
        }

        using (var filler = Build(null, redis: true))
        {
            EvidenceWorkload.FetchAsync(filler, _packages).GetAwaiter().GetResult();
        }
    }

    [IterationSetup(Target = nameof(Cold))]
    public void SetupCold() => _provider = Build(Path.Combine(_root, "cold-" + Guid.NewGuid().ToString("N")), redis: false);

    [IterationSetup(Target = nameof(WarmFileCache))]
    public void SetupWarmFile() => _provider = Build(_warmDirectory, redis: false);

    [IterationSetup(Target = nameof(WarmRedis))]
    public void SetupWarmRedis() => _provider = Build(null, redis: true);

    [IterationCleanup]
    public void CleanupIteration()
    {
        _provider?.Dispose();
        _provider = null;
    }

    /// <summary>Empty caches: every request goes to the server.</summary>
    [Benchmark]
    public Task<int> Cold() => EvidenceWorkload.FetchAsync(_provider!, _packages);

    /// <summary>A new process over the file cache an earlier run filled: no request reaches the server.</summary>
    [Benchmark]
    public Task<int> WarmFileCache() => Fetch(expectNoRequests: true);

    /// <summary>A new process over the Redis cache another runner filled: no request reaches the server.</summary>
    [Benchmark]
    public Task<int> WarmRedis() => Fetch(expectNoRequests: true);

    [GlobalCleanup]
    public void Cleanup()
    {
        _server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _redis.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Directory.Delete(_root, recursive: true);
    }

    private async Task<int> Fetch(bool expectNoRequests)
    {
        var before = _server.TotalRequests;
        var count = await EvidenceWorkload.FetchAsync(_provider!, _packages).ConfigureAwait(false);
        if (expectNoRequests && _server.TotalRequests != before)
        {
            throw new InvalidOperationException($"A warm run sent {_server.TotalRequests - before} requests.");
        }

        return count;
    }

    private ServiceProvider Build(string? cacheDirectory, bool redis)
    {
        var services = new ServiceCollection();
        var builder = services.AddTrustCheck()
            .UseCacheDirectory(cacheDirectory)
            .UseStateDirectory(null)
            .ConfigureSources(s =>
            {
                s.PyPiUrl = _server.PypiUrl;
                s.IndexUrl = _server.IndexUrl;
                s.OsvUrl = _server.OsvUrl;
            });
        if (redis)
        {
            builder.UseRedisCache(o => (o.Configuration, o.InstanceName) = (_redis.ConnectionString, _redisPrefix));
        }

        return services.BuildServiceProvider();
    }
}
