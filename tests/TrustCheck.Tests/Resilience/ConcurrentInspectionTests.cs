using TrustCheck.Inspection;
using TrustCheck.TestKit.Http.Evidence;
using Xunit.Abstractions;

namespace TrustCheck.Tests.Resilience;

/// <summary>Many inspections of one package at once share one upstream fetch per document (SharedFetch, end to end).</summary>
[Collection(RunsAlone.Name)]
public sealed class ConcurrentInspectionTests(ITestOutputHelper output) : IAsyncLifetime
{
    private EvidenceServer _server = null!;

    public async Task InitializeAsync() => _server = LoadWorkload.Serve(await EvidenceServer.StartAsync(), revalidateEveryTime: false);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData(0)] // sampleproject 4.0.0: provenance that verifies
    [InlineData(3)] // app 1.0 with its whole dependency graph
    public async Task InspectAsync_50AtOnceOfOnePackage_FetchEachDocumentOnce(int workloadIndex)
    {
        var baseline = await Baseline.MakeAsync(_server);
        _server.ResetStatistics();
        // Long enough that the 50 inspections overlap on every document.
        _server.Latency = TimeSpan.FromMilliseconds(200);
        // The server counts requests, and a retried attempt is a second request but not a second fetch: with the
        // load hosts' 750 ms attempt timeout, a CI machine busy with 50 inspections and other test processes retried
        // a 200 ms answer now and then (lib-b and lib-c "fetched 2 times"). No fault is injected here, so an attempt
        // may take as long as the whole budget.
        await using var host = LoadHost.Create(_server, http: h => h.AttemptTimeout = h.TotalTimeout);
        var inspector = host.Get<ITrustInspector>();

        var reports = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() => inspector.InspectAsync(LoadWorkload.Distinct[workloadIndex]))));

        Assert.All(reports, r => Assert.Equal(baseline[workloadIndex], LoadRun.Canonical(r)));
        var requests = _server.Requests.GroupBy(r => $"{r.Method} {r.Path}{r.Query}").ToDictionary(g => g.Key, g => g.ToList());
        var perDocument = requests.ToDictionary(d => d.Key, d => d.Value.Count);
        output.WriteLine($"{perDocument.Count} documents, {_server.TotalRequests} requests for 50 inspections:");
        foreach (var (document, count) in perDocument.OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"  {count} × {document}");
        }

        // The statuses and If-None-Match of a document's requests tell a retried attempt (0: cut off) from a second fetch.
        Assert.All(perDocument, d => Assert.True(
            d.Value == 1,
            $"{d.Key} was fetched {d.Value} times: {string.Join(", ", requests[d.Key].Select(r => $"{r.StatusCode} If-None-Match {r.IfNoneMatch ?? "-"}"))}."));
    }
}
