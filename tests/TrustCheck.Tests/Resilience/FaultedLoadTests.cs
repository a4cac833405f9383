using TrustCheck.Inspection;
using TrustCheck.TestKit;
using TrustCheck.TestKit.Http.Evidence;
using Xunit.Abstractions;

namespace TrustCheck.Tests.Resilience;

/// <summary>
/// Many inspections against a loopback index that faults 20% of its answers: each ends with the fault-free report or
/// a typed error naming the upstream, all within a time limit, in bounded memory, and the file cache they leave
/// behind answers exactly the fault-free reports.
/// </summary>
[Collection(RunsAlone.Name)]
public sealed class FaultedLoadTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const double FaultRate = 0.2;
    private EvidenceServer _server = null!;

    public async Task InitializeAsync() => _server = LoadWorkload.Serve(await EvidenceServer.StartAsync());

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public Task InspectAsync_200WithOneRequestInFiveFaulted_EachIsTheBaselineOrAnUpstreamErrorAndTheCacheStaysClean() =>
        RunAsync(InspectionCount(200));

    [Fact]
    [Trait("Category", "Load")]
    public Task InspectAsync_1000WithOneRequestInFiveFaulted_EachIsTheBaselineOrAnUpstreamErrorAndTheCacheStaysClean() =>
        RunAsync(1000);

    private static int InspectionCount(int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable("TRUSTCHECK_LOAD_INSPECTIONS"), out var count) && count > 0 ? count : fallback;

    private async Task RunAsync(int inspections)
    {
        var baseline = await Baseline.MakeAsync(_server);
        using var directory = new TemporaryDirectory();
        _server.ResetStatistics();
        _server.Faults.InjectRandomly(FaultRate, LoadHost.Faults, seed: 16);

        LoadRun run;
        await using (var host = LoadHost.Create(_server, directory.Path))
        {
            run = await LoadRun.RunAsync(host.Get<ITrustInspector>(), LoadWorkload.Sequence(inspections, seed: 16), baseline, _server.BaseUrl, concurrency: 16, limit: TimeSpan.FromMinutes(5));
        }

        var faults = _server.Faults.RandomlyShown;
        output.WriteLine(run.Summary($"{inspections} inspections, {FaultRate:P0} faulted", _server.TotalRequests, faults.Values.Sum()));
        output.WriteLine("faults shown: " + string.Join(", ", faults.OrderBy(f => f.Key).Select(f => $"{f.Key} {f.Value}")));
        _server.Faults.Clear();

        Assert.Empty(run.Problems);
        Assert.Equal(inspections, run.Correct + run.Degraded + run.UpstreamErrors);
        Assert.True(run.Correct > inspections / 2, $"Only {run.Correct} of {inspections} inspections gave the baseline report despite retries.");
        Assert.All(LoadHost.Faults, f => Assert.True(faults.GetValueOrDefault(f.ToString()!) > 0, $"{f} was never shown."));
        Assert.InRange(run.PeakManagedBytes, 1, 1536L * 1024 * 1024);

        // Nothing corrupt was kept: from the same cache, offline (entries as they are) and online (revalidated), every
        // inspection that can be answered is the fault-free report.
        await using (var offline = LoadHost.Create(_server, directory.Path, cache: c => c.Offline = true))
        {
            var problems = (await Baseline.DifferencesAsync(offline.Get<ITrustInspector>(), baseline))
                .Where(p => !p.Contains(nameof(TrustCheck.Sources.EvidenceErrorKind.NotCached), StringComparison.Ordinal) && !p.Contains("is not in the cache", StringComparison.Ordinal))
                .ToList();
            Assert.Empty(problems);
        }

        await using var online = LoadHost.Create(_server, directory.Path);
        Assert.Empty(await Baseline.DifferencesAsync(online.Get<ITrustInspector>(), baseline));
    }
}
