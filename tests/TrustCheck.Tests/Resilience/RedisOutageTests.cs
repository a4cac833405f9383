using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;
using TrustCheck.Inspection;
using TrustCheck.TestKit.Http.Evidence;
using TrustCheck.TestKit.Redis;
using Xunit.Abstractions;

namespace TrustCheck.Tests.Resilience;

/// <summary>
/// The faulted load with Redis as the shared cache, killed mid-run and started again: inspections go on from the
/// memory tier and the network while it is down, and the cache writes to it again once it is back.
/// </summary>
public sealed class RedisOutageTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int PerPhase = 60;
    private EvidenceServer _server = null!;
    private RedisServer _redis = null!;

    public async Task InitializeAsync()
    {
        _server = LoadWorkload.Serve(await EvidenceServer.StartAsync());
        _redis = await RedisServer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _redis.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task InspectAsync_RedisKilledMidRunThenRestarted_GoesOnWithoutItAndUsesItAgain()
    {
        var baseline = await Baseline.MakeAsync(_server);
        var port = _redis.Port;
        // Short client timeouts keep the first failed calls of the outage short; the retry interval, how soon Redis is tried again.
        var configuration = $"{_redis.ConnectionString},connectTimeout=1000,syncTimeout=1000,asyncTimeout=1000,abortConnect=false";
        _server.ResetStatistics();
        _server.Faults.InjectRandomly(0.2, LoadHost.Faults, seed: 17);

        await using (var host = LoadHost.Create(
            _server,
            cache: c => c.SharedCacheRetryInterval = TimeSpan.FromSeconds(1),
            builder: b => b.UseRedisCache(o => (o.Configuration, o.InstanceName) = (configuration, "outage:"))))
        {
            var inspector = host.Get<ITrustInspector>();
            var requests = 0;
            var faults = 0;
            (int Requests, int Faults) Phase()
            {
                var (total, shown) = (_server.TotalRequests, _server.Faults.RandomlyShown.Values.Sum());
                var phase = (total - requests, shown - faults);
                (requests, faults) = (total, shown);
                return phase;
            }

            var before = await LoadRun.RunAsync(inspector, LoadWorkload.Sequence(PerPhase, seed: 1), baseline, _server.BaseUrl, concurrency: 8, limit: TimeSpan.FromMinutes(3));
            var (r1, f1) = Phase();
            output.WriteLine(before.Summary("Redis up", r1, f1));
            Assert.True(await KeyCountAsync(configuration) > 0, "Nothing was written to Redis before the outage.");

            await _redis.DisposeAsync();
            var during = await LoadRun.RunAsync(inspector, LoadWorkload.Sequence(PerPhase, seed: 2), baseline, _server.BaseUrl, concurrency: 8, limit: TimeSpan.FromMinutes(3));
            var (r2, f2) = Phase();
            output.WriteLine(during.Summary("Redis killed", r2, f2));

            _redis = await RedisServer.StartOnPortAsync(port);
            // Past the retry interval, the cache tries Redis again.
            await Task.Delay(TimeSpan.FromSeconds(1.5));
            var after = await LoadRun.RunAsync(inspector, LoadWorkload.Sequence(PerPhase, seed: 3), baseline, _server.BaseUrl, concurrency: 8, limit: TimeSpan.FromMinutes(3));
            var (r3, f3) = Phase();
            output.WriteLine(after.Summary("Redis restarted", r3, f3));

            Assert.All([before, during, after], run => Assert.Empty(run.Problems));
            Assert.All([before, during, after], run => Assert.Equal(PerPhase, run.Correct + run.Degraded + run.UpstreamErrors));
            Assert.True(during.Correct > PerPhase / 2, $"Only {during.Correct} of {PerPhase} inspections gave the baseline report while Redis was down.");
            var recovered = await KeyCountAsync(configuration);
            output.WriteLine($"Redis keys after recovery: {recovered}");
            Assert.True(recovered > 0, "Nothing was written to Redis after it came back.");
        }

        // What Redis holds after the outage is sound: a new host (empty memory tier) with no faults gives the baseline.
        _server.Faults.Clear();
        await using var fresh = LoadHost.Create(_server, builder: b => b.UseRedisCache(o => (o.Configuration, o.InstanceName) = (configuration, "outage:")));
        Assert.Empty(await Baseline.DifferencesAsync(fresh.Get<ITrustInspector>(), baseline));
    }

    private static async Task<long> KeyCountAsync(string configuration)
    {
        await using var connection = await ConnectionMultiplexer.ConnectAsync(configuration);
        return await connection.GetDatabase().ExecuteAsync("DBSIZE") is { } size ? (long)size : 0;
    }
}
