using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Text;
using TrustCheck.Diagnostics;
using TrustCheck.Inspection;
using TrustCheck.Sources;
using TrustCheck.TestKit;
using TrustCheck.TestKit.Http.Evidence;
using TrustCheck.TestKit.Http.Evidence.Synthetic;
using TrustCheck.Tests.Engine;
using TrustCheck.Tests.Sources;
using Tags = TrustCheck.Diagnostics.TrustCheckDiagnostics.Tags;

namespace TrustCheck.Tests.Diagnostics;

/// <summary>The <c>TrustCheck</c> meter and activity source, observed over real inspections against the loopback server.</summary>
public sealed class TrustCheckDiagnosticsTests : IAsyncLifetime
{
    private EvidenceServer _server = null!;

    public async Task InitializeAsync() => _server = (await EvidenceServer.StartAsync()).LoadSharedData();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task InspectAsync_UpstreamAnswers503Then200_RecordsTheRequestWithOneRetry()
    {
        _server.Faults.Enqueue("/pypi/sampleproject/json", Fault.ServiceUnavailable());
        await using var host = Host();
        using var measurements = new MeasurementRecorder(host.Get<IMeterFactory>());

        await host.Get<ITrustInspector>().InspectAsync(InspectorScenarioTests.Request("sampleproject", "4.0.0"));

        var requests = measurements.Of(TrustCheckDiagnostics.HttpRequests);
        Assert.All(requests, r =>
        {
            Assert.Equal("127.0.0.1", r.Tag(Tags.ServerAddress));
            Assert.Equal(_server.BaseUrl.Port, r.Tag(Tags.ServerPort));
            Assert.Equal("{request}", r.Unit);
        });
        var retried = Assert.Single(requests, r => (int)r.Tag(Tags.Retries)! > 0);
        Assert.Equal(1, retried.Tag(Tags.Retries));
        Assert.Equal(200, retried.Tag(Tags.HttpStatusCode));
        Assert.Equal("GET", retried.Tag(Tags.HttpMethod));
        Assert.Equal("evidence", retried.Tag(Tags.Client));
        var durations = measurements.Of(TrustCheckDiagnostics.HttpRequestDuration);
        Assert.Equal(requests.Count, durations.Count);
        Assert.Contains(durations, d => Equals(d.Tag(Tags.Retries), 1) && d.Value > 0 && d.Unit == "s");
    }

    [Fact]
    public async Task InspectAsync_UpstreamFailsBeyondRetries_RecordsTheFinalStatusAndRetries()
    {
        _server.Faults.Enqueue("/osv/v1/querybatch", Fault.Status(500), times: 3);
        await using var host = Host(maxRetries: 2);
        using var measurements = new MeasurementRecorder(host.Get<IMeterFactory>());

        await Assert.ThrowsAsync<EvidenceSourceException>(() => host.Get<ITrustInspector>().InspectAsync(InspectorScenarioTests.Request("sampleproject", "4.0.0")));

        var failed = Assert.Single(measurements.Of(TrustCheckDiagnostics.HttpRequests), r => Equals(r.Tag(Tags.HttpStatusCode), 500));
        Assert.Equal(2, failed.Tag(Tags.Retries));
        Assert.Equal("POST", failed.Tag(Tags.HttpMethod));
    }

    [Fact]
    public async Task InspectAsync_SecondInspection_IsAnsweredFromMemory()
    {
        await using var host = Host();
        using var measurements = new MeasurementRecorder(host.Get<IMeterFactory>());
        var inspector = host.Get<ITrustInspector>();

        await inspector.InspectAsync(InspectorScenarioTests.Request("sampleproject", "4.0.0"));
        var first = measurements.Of(TrustCheckDiagnostics.CacheLookups);
        var requestsAfterFirst = _server.TotalRequests;
        measurements.Clear();
        await inspector.InspectAsync(InspectorScenarioTests.Request("sampleproject", "4.0.0"));
        var second = measurements.Of(TrustCheckDiagnostics.CacheLookups);

        Assert.Contains(first, m => Equals(m.Tag(Tags.Tier), "network") && Equals(m.Tag(Tags.Endpoint), "pypi-json"));
        Assert.NotEmpty(second);
        Assert.All(second, m => Assert.Equal("memory", m.Tag(Tags.Tier)));
        Assert.Equal(requestsAfterFirst, _server.TotalRequests);
        Assert.Empty(measurements.Of(TrustCheckDiagnostics.HttpRequests));
    }

    [Fact]
    public async Task InspectAsync_NewProviderOverTheSameCacheDirectory_IsAnsweredByTheDistributedTier()
    {
        using var cache = new TemporaryDirectory("trustcheck-diagnostics-cache-");
        await using (var first = Host(cacheDirectory: cache.Path))
        {
            await first.Get<ITrustInspector>().InspectAsync(InspectorScenarioTests.Request("sampleproject", "4.0.0"));
            await Eventually.HoldsAsync("the file cache was written", () => Task.FromResult(Directory.EnumerateFiles(cache.Path, "*", SearchOption.AllDirectories).Any()));
        }

        await using var second = Host(cacheDirectory: cache.Path);
        using var measurements = new MeasurementRecorder(second.Get<IMeterFactory>());
        await Eventually.HoldsAsync("the project document reached the distributed tier", async () =>
        {
            measurements.Clear();
            await second.Get<ITrustInspector>().InspectAsync(InspectorScenarioTests.Request("sampleproject", "4.0.0"));
            return measurements.Of(TrustCheckDiagnostics.CacheLookups).Any(m => Equals(m.Tag(Tags.Tier), "distributed") && Equals(m.Tag(Tags.Endpoint), "pypi-json"));
        });
    }

    [Fact]
    public async Task InspectAsync_TamperedProvenance_RecordsFailedAtItsStage()
    {
        var provenance = ProvenanceTampering.WithAlteredSignature(File.ReadAllText(SharedData.PathOf("data/pypi-integrity/sampleproject-4.0.0.tar.gz.provenance.json")));
        _server.AddProvenance("sampleproject", "4.0.0", "sampleproject-4.0.0.tar.gz", Encoding.UTF8.GetBytes(provenance));
        await using var host = Host();
        using var measurements = new MeasurementRecorder(host.Get<IMeterFactory>());

        await host.Get<ITrustInspector>().InspectAsync(InspectorScenarioTests.Request("sampleproject", "4.0.0"));

        var verification = Assert.Single(measurements.Of(TrustCheckDiagnostics.ProvenanceVerifications), m => Equals(m.Tag(Tags.Outcome), "failed"));
        Assert.Equal("log-body", verification.Tag(Tags.Stage));
        Assert.Equal("{verification}", verification.Unit);
    }

    [Fact]
    public async Task InspectAsync_VerifiedProvenance_RecordsVerifiedWithNoFailingStage()
    {
        await using var host = Host();
        using var measurements = new MeasurementRecorder(host.Get<IMeterFactory>());

        await host.Get<ITrustInspector>().InspectAsync(InspectorScenarioTests.Request("sampleproject", "4.0.0"));

        var verifications = measurements.Of(TrustCheckDiagnostics.ProvenanceVerifications);
        Assert.Contains(verifications, m => Equals(m.Tag(Tags.Outcome), "verified") && Equals(m.Tag(Tags.Stage), "none"));
        Assert.DoesNotContain(verifications, m => Equals(m.Tag(Tags.Outcome), "failed"));
    }

    [Fact]
    public async Task InspectAsync_Traced_HasAnInspectionActivityParentOfEachProvidersActivity()
    {
        await using var host = Host();
        using var activities = new ActivityRecorder();

        var report = await host.Get<ITrustInspector>().InspectAsync(InspectorScenarioTests.Request("sampleproject", "4.0.0"));

        var inspection = Assert.Single(activities.Stopped(TrustCheckDiagnostics.InspectActivity));
        Assert.Equal(activities.Root.SpanId, inspection.ParentSpanId);
        Assert.Equal(1, inspection.GetTagItem(Tags.PackageCount));
        Assert.Equal(report.Policy.Name, inspection.GetTagItem(Tags.Policy));
        Assert.Equal(report.Policy.Passed ? "passed" : "failed", inspection.GetTagItem(Tags.Outcome));
        var providers = activities.Stopped(TrustCheckDiagnostics.ProviderActivity);
        Assert.Equal(
            report.Packages.Single().Signals.Select(s => s.Provider).Order(StringComparer.Ordinal),
            providers.Select(p => (string)p.GetTagItem(Tags.Provider)!).Order(StringComparer.Ordinal));
        Assert.All(providers, p =>
        {
            Assert.Equal(inspection.SpanId, p.ParentSpanId);
            // release-contents runs only with InspectArtifacts; its activity says so.
            Assert.Equal((string)p.GetTagItem(Tags.Provider)! == "release-contents" ? "skipped" : "completed", p.GetTagItem(Tags.Status));
            Assert.Equal("sampleproject==4.0.0", p.GetTagItem(Tags.Package));
        });
    }

    [Fact]
    public async Task InspectAsync_UnknownProject_EndsTheInspectionActivityAsAnError()
    {
        await using var host = Host();
        using var activities = new ActivityRecorder();

        await Assert.ThrowsAnyAsync<Exception>(() => host.Get<ITrustInspector>().InspectAsync(InspectorScenarioTests.Request("no-such-project-anywhere", "1.0")));

        var inspection = Assert.Single(activities.Stopped(TrustCheckDiagnostics.InspectActivity));
        Assert.Equal("error", inspection.GetTagItem(Tags.Outcome));
        Assert.Equal(ActivityStatusCode.Error, inspection.Status);
    }

    private SourceHost Host(string? cacheDirectory = null, int maxRetries = 4) =>
        SourceHost.Create(
            _server,
            cacheDirectory: cacheDirectory,
            http: h => h.MaxRetries = maxRetries,
            sources: s => s.TrustedRootFile = InspectorScenarioTests.TrustedRoot,
            services: InspectorScenarioTests.FixedClock);
}
