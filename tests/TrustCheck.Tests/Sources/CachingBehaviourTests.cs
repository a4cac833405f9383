using Microsoft.Extensions.DependencyInjection;
using TrustCheck.Evidence.Provenance;
using TrustCheck.Packaging;
using TrustCheck.Sources;
using TrustCheck.TestKit;
using TrustCheck.TestKit.Http.Evidence;
using TrustCheck.Tests.Caching;

namespace TrustCheck.Tests.Sources;

/// <summary>The evidence cache over real caches (file store, Redis) and the real loopback server.</summary>
[Collection(RedisServerCollectionDefinition.Name)]
public sealed class CachingBehaviourTests(RedisServerFixture redis) : IAsyncLifetime
{
    private const string ReleasePath = "/pypi/requests/2.19.0/json";
    private static readonly PackageName Requests = PackageName.Parse("requests");
    private EvidenceServer _server = null!;

    public async Task InitializeAsync() => _server = (await EvidenceServer.StartAsync()).LoadSharedData();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Get_ManyConcurrentCallersForOneKey_FetchOnce()
    {
        _server.Latency = TimeSpan.FromMilliseconds(300);
        await using var host = SourceHost.Create(_server);

        var releases = await Task.WhenAll(Enumerable.Range(0, 25).Select(_ => host.PyPi.GetReleaseAsync(Requests, "2.19.0")));

        Assert.All(releases, r => Assert.Equal("2.19.0", r!.Info.Version));
        Assert.Equal(1, _server.RequestCount(ReleasePath));
    }

    [Fact]
    public async Task Get_EveryCallerGivesUp_TheSharedFetchStopsRetrying()
    {
        _server.Faults.Enqueue(ReleasePath, Fault.Stall(TimeSpan.FromSeconds(10)), times: 10);
        await using var host = SourceHost.Create(_server, http: h => h.AttemptTimeout = TimeSpan.FromMilliseconds(400));
        using var cancellation = new CancellationTokenSource();
        var lookup = host.PyPi.GetReleaseAsync(Requests, "2.19.0", cancellation.Token);

        // Give up once the first attempt is in flight, not after a fixed delay: on a loaded machine the first request
        // (host start, connection) can take longer than any such delay, and the test then saw no request at all.
        await Eventually.HoldsAsync("the first attempt reaches the server", () => Task.FromResult(_server.RequestCount(ReleasePath) == 1));
        await cancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => lookup);
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        Assert.Equal(1, _server.RequestCount(ReleasePath));
    }

    [Fact]
    public async Task Get_FreshEntry_IsServedWithoutAsking()
    {
        await using var host = SourceHost.Create(_server);
        await host.PyPi.GetReleaseAsync(Requests, "2.19.0");

        await host.PyPi.GetReleaseAsync(Requests, "2.19.0");

        Assert.Equal(1, _server.RequestCount(ReleasePath));
    }

    [Fact]
    public async Task Get_StaleEntry_IsRevalidatedWithItsETag()
    {
        _server.Caching.JsonApiMaxAge = TimeSpan.Zero;
        await using var host = SourceHost.Create(_server);
        var first = await host.PyPi.GetReleaseAsync(Requests, "2.19.0");

        var second = await host.PyPi.GetReleaseAsync(Requests, "2.19.0");
        var third = await host.PyPi.GetReleaseAsync(Requests, "2.19.0");

        Assert.Equal(Json(first), Json(second));
        Assert.Equal(Json(first), Json(third));
        var requests = _server.RequestsTo(ReleasePath);
        Assert.Equal(3, requests.Count);
        Assert.Null(requests[0].IfNoneMatch);
        Assert.NotNull(requests[1].IfNoneMatch);
        Assert.Equal(2, _server.NotModifiedCount(ReleasePath));
    }

    [Fact]
    public async Task Get_NoProvenance_IsRememberedForABoundedTime()
    {
        const string path = "/integrity/requests/2.19.0/requests-2.19.0.tar.gz/provenance";
        var request = new ProvenanceRequest(Requests, "2.19.0", "requests-2.19.0.tar.gz");
        await using var host = SourceHost.Create(_server, cache: c => c.NotFoundFreshness = TimeSpan.FromSeconds(1));

        Assert.Equal(ProvenanceStatus.Absent, (await host.Provenance.GetProvenanceAsync(request)).Status);
        Assert.Equal(ProvenanceStatus.Absent, (await host.Provenance.GetProvenanceAsync(request)).Status);
        Assert.Equal(1, _server.RequestCount(path));
        await Task.Delay(TimeSpan.FromSeconds(1.2));
        Assert.Equal(ProvenanceStatus.Absent, (await host.Provenance.GetProvenanceAsync(request)).Status);

        Assert.Equal(2, _server.RequestCount(path));
    }

    [Fact]
    public async Task Get_CorruptFileCache_IsDiscardedAndRefetched()
    {
        using var directory = new TemporaryDirectory();
        await using (var first = SourceHost.Create(_server, directory.Path))
        {
            await first.PyPi.GetReleaseAsync(Requests, "2.19.0");
        }

        var files = Directory.EnumerateFiles(Path.Combine(directory.Path, "http"), "*", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            bytes[bytes.Length / 2] ^= 0xFF;
            File.WriteAllBytes(file, bytes);
        }

        await using var second = SourceHost.Create(_server, directory.Path);
        var release = await second.PyPi.GetReleaseAsync(Requests, "2.19.0");

        Assert.Contains("chardet (<3.1.0,>=3.0.2)", release!.Info.RequiresDist);
        Assert.Equal(2, _server.RequestCount(ReleasePath));
    }

    [Fact]
    public async Task Get_FileCacheAcrossProcesses_ServesTheSecondWithoutAsking()
    {
        using var directory = new TemporaryDirectory();
        await using (var first = SourceHost.Create(_server, directory.Path))
        {
            await first.PyPi.GetReleaseAsync(Requests, "2.19.0");
        }

        await using var second = SourceHost.Create(_server, directory.Path);
        var release = await second.PyPi.GetReleaseAsync(Requests, "2.19.0");

        Assert.NotNull(release);
        Assert.Equal(1, _server.RequestCount(ReleasePath));
    }

    [Fact]
    public async Task Offline_CachedEvidence_IsTheSameAsOnlineAndMissesNameWhatIsMissing()
    {
        using var directory = new TemporaryDirectory();
        var name = PackageName.Parse("pypi-attestations");
        var file = new ProvenanceRequest(name, "0.0.19", "pypi_attestations-0.0.19.tar.gz");
        Evidence.PyPi.PyPiRelease online;
        ProvenanceDocument onlineProvenance;
        await using (var first = SourceHost.Create(_server, directory.Path, cache: c => c.Retention = TimeSpan.FromDays(1)))
        {
            online = (await first.PyPi.GetReleaseAsync(Requests, "2.19.0"))!;
            onlineProvenance = await first.Provenance.GetProvenanceAsync(file);
        }

        _server.ResetStatistics();
        _server.Caching.JsonApiMaxAge = TimeSpan.Zero;
        await using var offline = SourceHost.Create(_server, directory.Path, cache: c => c.Offline = true);
        var cached = await offline.PyPi.GetReleaseAsync(Requests, "2.19.0");
        var cachedProvenance = await offline.Provenance.GetProvenanceAsync(file);
        var miss = await Assert.ThrowsAsync<EvidenceSourceException>(() => offline.PyPi.GetReleaseAsync(Requests, "2.18.4"));

        Assert.Equal(Json(online), Json(cached));
        Assert.Equal(onlineProvenance.Content.ToArray(), cachedProvenance.Content.ToArray());
        Assert.Equal(EvidenceErrorKind.NotCached, miss.Kind);
        Assert.Contains("/pypi/requests/2.18.4/json", miss.Message, StringComparison.Ordinal);
        Assert.Equal(0, _server.TotalRequests);
    }

    [Fact]
    public async Task Offline_HoursAfterTheOnlineRun_StillKnowsAFileHasNoProvenance()
    {
        // Regression: "not found" answers were kept for NotFoundFreshness twice (20 minutes), so an offline run of a
        // release without attestations failed as "not cached" once that window had passed.
        using var directory = new TemporaryDirectory();
        var clock = new FixedTimeProvider(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
        var request = new ProvenanceRequest(Requests, "2.19.0", "requests-2.19.0.tar.gz");
        await using (var online = SourceHost.Create(_server, directory.Path, services: s => s.AddSingleton<TimeProvider>(clock)))
        {
            Assert.Equal(ProvenanceStatus.Absent, (await online.Provenance.GetProvenanceAsync(request)).Status);
        }

        clock.SetUtcNow(clock.GetUtcNow().AddHours(6));
        await using var offline = SourceHost.Create(_server, directory.Path, cache: c => c.Offline = true, services: s => s.AddSingleton<TimeProvider>(clock));

        Assert.Equal(ProvenanceStatus.Absent, (await offline.Provenance.GetProvenanceAsync(request)).Status);
        Assert.Equal(1, _server.TotalRequests);
    }

    [Fact]
    public async Task Offline_OsvResultNotCached_IsANotCachedError()
    {
        await using var offline = SourceHost.Create(_server, cache: c => c.Offline = true);

        var error = await Assert.ThrowsAsync<EvidenceSourceException>(() => offline.Osv.QueryAsync([new(Requests, "2.19.0")]));

        Assert.Equal(EvidenceErrorKind.NotCached, error.Kind);
        Assert.Contains("requests==2.19.0", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, _server.TotalRequests);
    }

    [Fact]
    public async Task Redis_TwoIndependentProviders_ShareLookups()
    {
        var prefix = "tc-test-" + Guid.NewGuid().ToString("N");
        await using var first = SourceHost.Create(_server, builder: b => b.UseRedisCache(o => (o.Configuration, o.InstanceName) = (redis.Server.ConnectionString, prefix)));
        await using var second = SourceHost.Create(_server, builder: b => b.UseRedisCache(o => (o.Configuration, o.InstanceName) = (redis.Server.ConnectionString, prefix)));
        await first.PyPi.GetReleaseAsync(Requests, "2.19.0");
        var vulnerabilities = await first.Osv.QueryAsync([new(Requests, "2.19.0")]);
        var afterFirst = _server.TotalRequests;

        var release = await second.PyPi.GetReleaseAsync(Requests, "2.19.0");
        var shared = await second.Osv.QueryAsync([new(Requests, "2.19.0")]);

        Assert.Equal("2.19.0", release!.Info.Version);
        Assert.Equal(vulnerabilities[0].Records.Select(r => r.Id), shared[0].Records.Select(r => r.Id));
        Assert.Equal(afterFirst, _server.TotalRequests);
        Assert.Equal(1, _server.RequestCount(ReleasePath));
    }

    private static string Json(Evidence.PyPi.PyPiRelease? release) => System.Text.Json.JsonSerializer.Serialize(release);
}
