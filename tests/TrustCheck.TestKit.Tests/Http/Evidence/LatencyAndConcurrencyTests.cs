using System.Net;

namespace TrustCheck.TestKit.Tests.Http.Evidence;

public sealed class LatencyAndConcurrencyTests
{
    [Fact]
    public async Task Latency_Set_DelaysEveryRequest()
    {
        await using var host = await EvidenceTestHost.StartAsync();
        host.Server.Latency = TimeSpan.FromMilliseconds(150);
        var started = TimeProvider.System.GetTimestamp();

        using var json = await host.Client.GetAsync("pypi/six/json");
        using var osv = await host.PostJsonAsync("osv/v1/query", """{"package": {"name": "six", "ecosystem": "PyPI"}}""");

        Assert.Equal(HttpStatusCode.OK, osv.StatusCode);
        Assert.True(TimeProvider.System.GetElapsedTime(started) >= TimeSpan.FromMilliseconds(290));
    }

    [Fact]
    public async Task Latency_ClientGivesUp_ServerStopsWaitingAndRecordsNoAnswer()
    {
        await using var host = await EvidenceTestHost.StartAsync(timeout: TimeSpan.FromMilliseconds(200));
        host.Server.Latency = TimeSpan.FromSeconds(30);

        await Assert.ThrowsAsync<TaskCanceledException>(() => host.Client.GetAsync("pypi/six/json"));

        var recorded = Assert.Single(host.Server.Requests);
        await WaitUntilAsync(() => recorded.IsCompleted);
    }

    [Fact]
    public async Task MaxConcurrentRequests_ParallelClient_CountsOverlappingRequests()
    {
        await using var host = await EvidenceTestHost.StartAsync();
        host.Server.Latency = TimeSpan.FromMilliseconds(200);

        await Task.WhenAll(Enumerable.Range(0, 6).Select(async _ =>
        {
            using var response = await host.Client.GetAsync("pypi/six/json");
            response.EnsureSuccessStatusCode();
        }));

        Assert.Equal(6, host.Server.MaxConcurrentRequests());
        Assert.Equal(6, host.Server.MaxConcurrentRequests("/pypi/"));
        Assert.Equal(0, host.Server.MaxConcurrentRequests("/simple/"));
    }

    [Fact]
    public async Task MaxConcurrentRequests_ClientLimitedToTwoConnections_NeverExceedsTwo()
    {
        await using var host = await EvidenceTestHost.StartAsync();
        host.Server.Latency = TimeSpan.FromMilliseconds(50);
        using var limited = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 2 }) { BaseAddress = host.Server.BaseUrl };

        await Task.WhenAll(Enumerable.Range(0, 8).Select(async i =>
        {
            using var response = await limited.GetAsync(i % 2 == 0 ? "pypi/six/json" : "simple/six/");
            response.EnsureSuccessStatusCode();
        }));

        Assert.Equal(2, host.Server.MaxConcurrentRequests());
        Assert.Equal(8, host.Server.TotalRequests);
    }

    [Fact]
    public async Task MaxConcurrentRequests_SequentialClient_IsOne()
    {
        await using var host = await EvidenceTestHost.StartAsync();

        for (var i = 0; i < 20; i++)
        {
            using var response = await host.Client.GetAsync("pypi/requests/2.19.0/json");
            await response.Content.ReadAsByteArrayAsync();
        }

        Assert.Equal(1, host.Server.MaxConcurrentRequests());
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++)
        {
            await Task.Delay(20);
        }

        Assert.True(condition());
    }
}
