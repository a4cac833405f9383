using Microsoft.Extensions.DependencyInjection;
using TrustCheck.Findings;
using TrustCheck.Inspection;
using TrustCheck.Policies;
using TrustCheck.Signals;
using TrustCheck.Packaging;
using TrustCheck.Reports;
using TrustCheck.TestKit;
using TrustCheck.TestKit.Http.Evidence;
using TrustCheck.TestKit.Http.Evidence.Synthetic;
using TrustCheck.Tests.Sources;

namespace TrustCheck.Tests.Engine;

/// <summary>The inspector end to end: real HTTP (loopback server with recorded data) and real crypto.</summary>
public sealed class InspectorScenarioTests : IAsyncLifetime
{
    private EvidenceServer _server = null!;

    public async Task InitializeAsync() => _server = (await EvidenceServer.StartAsync()).LoadSharedData();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    internal static string TrustedRoot => SharedData.PathOf("vectors/trusted_root/production.trusted_root.json");

    [Fact]
    public async Task InspectAsync_Sampleproject400_SdistProvenanceVerifies()
    {
        await using var host = SourceHost.Create(_server, sources: s => s.TrustedRootFile = TrustedRoot, services: FixedClock);

        var report = await host.Get<ITrustInspector>().InspectAsync(new InspectionRequest
        {
            Packages = [new PackageRequest(PackageName.Parse("sampleproject"), "4.0.0")],
            Options = new InspectionOptions { ExpectedRepository = "https://github.com/pypa/sampleproject" },
        });

        var package = Assert.Single(report.Packages);
        var sdist = Assert.Single(package.Files, f => f.Filename == "sampleproject-4.0.0.tar.gz");
        Assert.Equal("verified", sdist.Provenance.Status);
        Assert.Equal(new PublisherReport("GitHub", "pypa/sampleproject", "release.yml", null), sdist.Provenance.Publisher);
        Assert.True(report.Policy.Passed);
        Assert.Contains(package.Findings, f => f.Code == "TC4010");
        ReportAssertions.Approve(report, _server.BaseUrl);
    }

    [Fact]
    public async Task InspectAsync_ReleaseWithoutProvenance_IsMetadataOnly()
    {
        await using var host = SourceHost.Create(_server, sources: s => s.TrustedRootFile = TrustedRoot, services: FixedClock);

        var report = await host.Get<ITrustInspector>().InspectAsync(Request("six", "1.11.0"));

        var package = Assert.Single(report.Packages);
        Assert.All(package.Files, f => Assert.Equal("absent", f.Provenance.Status));
        Assert.Equal(Recommendation.MetadataOnly, package.Recommendation);
        ReportAssertions.Approve(report, _server.BaseUrl);
    }

    [Fact]
    public async Task InspectAsync_TamperedProvenance_IsHighRiskNamingTheFailingStage()
    {
        var provenance = ProvenanceTampering.WithAlteredSignature(File.ReadAllText(SharedData.PathOf("data/pypi-integrity/sampleproject-4.0.0.tar.gz.provenance.json")));
        _server.AddProvenance("sampleproject", "4.0.0", "sampleproject-4.0.0.tar.gz", System.Text.Encoding.UTF8.GetBytes(provenance));
        await using var host = SourceHost.Create(_server, sources: s => s.TrustedRootFile = TrustedRoot, services: FixedClock);

        var report = await host.Get<ITrustInspector>().InspectAsync(Request("sampleproject", "4.0.0"));

        var package = Assert.Single(report.Packages);
        var sdist = Assert.Single(package.Files, f => f.Filename == "sampleproject-4.0.0.tar.gz");
        Assert.Equal("failed", sdist.Provenance.Status);
        Assert.Equal("log-body", sdist.Provenance.Failure!.Stage);
        var failure = Assert.Single(package.Findings, f => f.Code == "TC2004");
        Assert.Equal("high", failure.Severity);
        Assert.Equal(Recommendation.HighRisk, package.Recommendation);
        Assert.False(report.Policy.Passed);
        ReportAssertions.Approve(report, _server.BaseUrl);
    }

    [Fact]
    public async Task InspectAsync_VerifyDownloadsWithTheServedBytes_KeepsTheVerifiedProvenanceAndSaysSo()
    {
        using var directory = new TemporaryDirectory();
        using var releases = new AttestedReleases(_server, "dlpkg", directory.Path).Publish("1.0.0", daysAfterEpoch: 10, repository: "example/dlpkg");
        await using var host = SourceHost.Create(_server, sources: s => s.TrustedRootFile = releases.TrustedRootFile, services: FixedClock);

        var report = await host.Get<ITrustInspector>().InspectAsync(Request("dlpkg", "1.0.0") with { Options = new InspectionOptions { VerifyDownloads = true } });

        var package = Assert.Single(report.Packages);
        Assert.Equal("verified", Assert.Single(package.Files).Provenance.Status);
        Assert.Equal("dlpkg-1.0.0.tar.gz", Assert.Single(package.Findings, f => f.Code == "TC2006").Evidence["files"]);
        Assert.Equal(1, _server.RequestCount(_server.ArtifactUrl("dlpkg-1.0.0.tar.gz").AbsolutePath));
    }

    [Fact]
    public async Task InspectAsync_VerifyDownloadsWithSwappedBytes_FailsAtTheDigestStageThoughTheAttestationVerifies()
    {
        using var directory = new TemporaryDirectory();
        using var releases = new AttestedReleases(_server, "dlpkg", directory.Path).Publish("1.0.0", daysAfterEpoch: 10, repository: "example/dlpkg");
        _server.AddArtifact("dlpkg-1.0.0.tar.gz", System.Text.Encoding.UTF8.GetBytes("dlpkg 1.0.0 source, with a payload"));
        await using var host = SourceHost.Create(_server, sources: s => s.TrustedRootFile = releases.TrustedRootFile, services: FixedClock);
        var inspector = host.Get<ITrustInspector>();

        var trusting = await inspector.InspectAsync(Request("dlpkg", "1.0.0"));
        var checking = await inspector.InspectAsync(Request("dlpkg", "1.0.0") with { Options = new InspectionOptions { VerifyDownloads = true } });

        Assert.Equal("verified", Assert.Single(Assert.Single(trusting.Packages).Files).Provenance.Status);
        var package = Assert.Single(checking.Packages);
        var file = Assert.Single(package.Files);
        Assert.Equal("failed", file.Provenance.Status);
        Assert.Equal("digest", file.Provenance.Failure!.Stage);
        Assert.Contains("downloaded bytes hash to", file.Provenance.Failure.Reason, StringComparison.Ordinal);
        Assert.Single(package.Findings, f => f.Code == "TC2004");
        Assert.DoesNotContain(package.Findings, f => f.Code == "TC2006");
        Assert.Equal(Recommendation.HighRisk, package.Recommendation);
        ReportAssertions.Approve(checking, _server.BaseUrl);
    }

    [Fact]
    public async Task InspectAsync_ReleaseAttestedByTheTestSigstore_VerifiesAndChecksTheEarlierRelease()
    {
        using var directory = new TemporaryDirectory();
        using var releases = new AttestedReleases(_server, "driftpkg", directory.Path)
            .Publish("1.0.0", daysAfterEpoch: 10, repository: "example/driftpkg")
            .Publish("2.0.0", daysAfterEpoch: 40, repository: "example/driftpkg");
        await using var host = SourceHost.Create(_server, sources: s => s.TrustedRootFile = releases.TrustedRootFile);

        var report = await host.Get<ITrustInspector>().InspectAsync(Request("driftpkg", "2.0.0"));

        var file = Assert.Single(Assert.Single(report.Packages).Files);
        Assert.Equal("verified", file.Provenance.Status);
        Assert.Equal("example/driftpkg", file.Provenance.Publisher!.Repository);
        Assert.Equal(1, _server.RequestCount("/integrity/driftpkg/1.0.0/driftpkg-1.0.0.tar.gz/provenance"));
    }

    [Fact]
    public async Task InspectAsync_ProvenanceRegressed_IsHighRiskWithTheDriftFinding()
    {
        using var directory = new TemporaryDirectory();
        using var releases = new AttestedReleases(_server, "driftpkg", directory.Path)
            .Publish("1.0.0", daysAfterEpoch: 10, repository: "example/driftpkg")
            .Publish("1.1.0", daysAfterEpoch: 40, repository: null);
        await using var host = SourceHost.Create(_server, sources: s => s.TrustedRootFile = releases.TrustedRootFile, services: FixedClock);

        var report = await host.Get<ITrustInspector>().InspectAsync(Request("driftpkg", "1.1.0"));

        var package = Assert.Single(report.Packages);
        Assert.Contains(package.Findings, f => f.Code == "TC5002" && f.Severity == "high");
        Assert.Equal(Recommendation.HighRisk, package.Recommendation);
        Assert.False(report.Policy.Passed);
        ReportAssertions.Approve(report, _server.BaseUrl);
    }

    [Fact]
    public async Task InspectAsync_PublisherRepositoryChanged_IsHighRiskWithTheDriftFinding()
    {
        using var directory = new TemporaryDirectory();
        using var releases = new AttestedReleases(_server, "driftpkg", directory.Path)
            .Publish("1.0.0", daysAfterEpoch: 10, repository: "example/driftpkg")
            .Publish("1.1.0", daysAfterEpoch: 40, repository: "takeover/driftpkg");
        await using var host = SourceHost.Create(_server, sources: s => s.TrustedRootFile = releases.TrustedRootFile, services: FixedClock);

        var report = await host.Get<ITrustInspector>().InspectAsync(Request("driftpkg", "1.1.0"));

        var package = Assert.Single(report.Packages);
        Assert.Equal("verified", Assert.Single(package.Files).Provenance.Status);
        var drift = Assert.Single(package.Findings, f => f.Code == "TC5003");
        Assert.Contains("takeover/driftpkg", drift.Message, StringComparison.Ordinal);
        Assert.Equal(Recommendation.HighRisk, package.Recommendation);
        ReportAssertions.Approve(report, _server.BaseUrl);
    }

    [Fact]
    public async Task InspectAsync_VulnerableRequests2190_ReportsTheAdvisoriesThatCoverIt()
    {
        await using var host = SourceHost.Create(_server, sources: s => s.TrustedRootFile = TrustedRoot, services: FixedClock);

        var report = await host.Get<ITrustInspector>().InspectAsync(Request("requests", "2.19.0"));

        var package = Assert.Single(report.Packages);
        var advisories = package.Findings.Where(f => f.Code == "TC6001").Select(f => f.Evidence["id"]).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["PYSEC-2018-28", "PYSEC-2023-74"], advisories);
        ReportAssertions.Approve(report, _server.BaseUrl);
    }

    [Fact]
    public async Task InspectAsync_OldJinja2AndUrllib3_EachGetsTheRealAdvisoriesWhoseRangesCoverIt()
    {
        // The release metadata is generated (the shared data has no recorded jinja2/urllib3 releases); the advisories
        // are the real PyPA records, served by the loopback OSV API.
        new FakeIndex().Add("jinja2", "2.10").Add("urllib3", "1.24.1").ServeOn(_server);
        await using var host = SourceHost.Create(_server, sources: s => s.TrustedRootFile = TrustedRoot, services: FixedClock);

        var report = await host.Get<ITrustInspector>().InspectAsync(new InspectionRequest
        {
            Packages = [new PackageRequest(PackageName.Parse("jinja2"), "2.10"), new PackageRequest(PackageName.Parse("urllib3"), "1.24.1")],
        });

        var jinja2 = Assert.Single(report.Packages, p => p.Name == "jinja2");
        Assert.Equal(["PYSEC-2019-217", "PYSEC-2021-66"], AdvisoryIds(jinja2));
        var urllib3 = Assert.Single(report.Packages, p => p.Name == "urllib3");
        Assert.Equal(
            ["PYSEC-2019-132", "PYSEC-2019-133", "PYSEC-2020-148", "PYSEC-2021-108", "PYSEC-2023-192", "PYSEC-2023-207", "PYSEC-2023-212"],
            AdvisoryIds(urllib3));
        var decompression = Assert.Single(urllib3.Findings, f => f.Code == "TC6001" && f.Evidence["id"] == "PYSEC-2023-192");
        Assert.Equal("1.26.17", decompression.Evidence["fixedIn"]);
        Assert.Equal("cvss", decompression.Evidence["severitySource"]);
        Assert.All([jinja2, urllib3], p => Assert.NotEqual(Recommendation.Verified, p.Recommendation));
        ReportAssertions.Approve(report, _server.BaseUrl);
    }

    [Fact]
    public async Task InspectAsync_TransitiveGraph_MarkersExtrasCycleYankedAndDependencyRiskOnTheRoot()
    {
        new FakeIndex()
            .Add("app", "1.0", "lib-a[extra1]>=1", "lib-win; sys_platform == 'win32'")
            .Add("lib-a", "1.0", "lib-b", "lib-c; extra == 'extra1'")
            .Add("lib-b", "1.0", "app")
            .Add("lib-b", new FakeRelease("2.0", ["app"], Yanked: true))
            .Add("lib-c", "1.0")
            .Add("lib-win", "1.0")
            .ServeOn(_server);
        _server.AddOsvRecord("""{"id":"MAL-2026-1","modified":"2026-01-02T00:00:00Z","summary":"Malicious code in lib-c","affected":[{"package":{"ecosystem":"PyPI","name":"lib-c"},"versions":["1.0"]}]}""");
        await using var host = SourceHost.Create(_server, sources: s => s.TrustedRootFile = TrustedRoot, services: FixedClock);

        var report = await host.Get<ITrustInspector>().InspectAsync(Request("app", "1.0") with { Dependencies = DependencyMode.Transitive });

        Assert.Equal(["app==1.0", "lib-a==1.0", "lib-b==1.0", "lib-c==1.0"], report.Packages.Select(p => $"{p.Name}=={p.Version}").Order(StringComparer.Ordinal));
        var app = Assert.Single(report.Packages, p => p.Root);
        Assert.Equal(["lib-a"], app.Dependencies.Select(d => d.Name));
        Assert.Equal(["lib-b==1.0"], app.RequiredBy);
        Assert.Equal(Recommendation.HighRisk, Assert.Single(report.Packages, p => p.Name == "lib-c").Recommendation);
        var risk = Assert.Single(app.Findings, f => f.Code == "TC9003");
        Assert.Equal("app==1.0 -> lib-a==1.0 -> lib-c==1.0", risk.Evidence["path"]);
        Assert.Equal(Recommendation.HighRisk, app.Recommendation);
        Assert.False(report.Policy.Passed);
        ReportAssertions.Approve(report, _server.BaseUrl);
    }

    [Fact]
    public async Task InspectAsync_TransitiveGraph_BacktracksToTheDependencyVersionPipInstalls()
    {
        // The example: dep-a 3.0.0 needs a dep-b that exists nowhere, so pip installs dep-a 2.1.0.
        new FakeIndex()
            .Add("root", "3.0.0", "dep-a")
            .Add("dep-a", "2.1.0", "dep-c>=1")
            .Add("dep-a", "3.0.0", "dep-b>=1")
            .Add("dep-c", "1.0")
            .ServeOn(_server);
        await using var host = SourceHost.Create(_server, sources: s => s.TrustedRootFile = TrustedRoot, services: FixedClock);

        var report = await host.Get<ITrustInspector>().InspectAsync(Request("root", "3.0.0") with { Dependencies = DependencyMode.Transitive });

        Assert.Equal(["dep-a==2.1.0", "dep-c==1.0", "root==3.0.0"], report.Packages.Select(p => $"{p.Name}=={p.Version}").Order(StringComparer.Ordinal));
        Assert.All(report.Packages, p => Assert.DoesNotContain(p.Findings, f => f.Code is "TC9004" or "TC9005"));
    }

    [Fact]
    public async Task InspectAsync_TransitiveGraphWithoutSolution_ExplainsTheConflictOnTheRoot()
    {
        new FakeIndex()
            .Add("app", "1.0", "b", "c")
            .Add("b", "1.0", "d<2")
            .Add("c", "1.0", "d>=2")
            .Add("d", "1.0").Add("d", "2.0")
            .ServeOn(_server);
        await using var host = SourceHost.Create(_server, sources: s => s.TrustedRootFile = TrustedRoot, services: FixedClock);

        var report = await host.Get<ITrustInspector>().InspectAsync(Request("app", null) with { Dependencies = DependencyMode.Transitive });

        var app = Assert.Single(report.Packages);
        Assert.Equal("1.0", app.Version);
        var conflict = Assert.Single(app.Findings, f => f.Code == "TC9005");
        Assert.Equal("medium", conflict.Severity);
        Assert.Equal("app==1.0", conflict.Evidence["requirement"]);
        Assert.Equal(["b 1.0 depends on d<2", "c 1.0 depends on d>=2"], conflict.Evidence["causes"].Split('\n').Order(StringComparer.Ordinal));
        Assert.NotEqual(Recommendation.Verified, app.Recommendation);
        Assert.NotEqual(Recommendation.MetadataOnly, app.Recommendation);
    }

    [Fact]
    public async Task InspectAsync_CustomProviderAndPolicyThroughDI_ChangeTheReport()
    {
        await using var host = SourceHost.Create(
            _server,
            sources: s => s.TrustedRootFile = TrustedRoot,
            builder: b => b.AddSignalProvider<InternalMirrorProvider>().AddPolicy<NoMediumPolicy>());

        var report = await host.Get<ITrustInspector>().InspectAsync(Request("six", "1.11.0") with { Policy = "no-medium" });

        var package = Assert.Single(report.Packages);
        var finding = Assert.Single(package.Findings, f => f.Code == "TC9901");
        Assert.Equal("internal-mirror", finding.Provider);
        Assert.Equal(Recommendation.ReviewRequired, package.Recommendation);
        Assert.Equal("no-medium", report.Policy.Name);
        Assert.False(report.Policy.Passed);
        Assert.Equal("no-medium", Assert.Single(report.Policy.Violations).Rule);
        Assert.Contains(package.Signals, s => s.Provider == "internal-mirror" && s.Status == "completed");
    }

    [Fact]
    public async Task InspectAsync_ThrowingProvider_IsIndeterminateNotACrash()
    {
        await using var host = SourceHost.Create(_server, sources: s => s.TrustedRootFile = TrustedRoot, builder: b => b.AddSignalProvider<BrokenProvider>());

        var report = await host.Get<ITrustInspector>().InspectAsync(Request("six", "1.11.0"));

        var package = Assert.Single(report.Packages);
        var signal = Assert.Single(package.Signals, s => s.Provider == "broken");
        Assert.Equal("indeterminate", signal.Status);
        Assert.Contains("boom", signal.Error, StringComparison.Ordinal);
        Assert.Contains(package.Findings, f => f.Code == "TC9001");
        Assert.NotEqual(Recommendation.Verified, package.Recommendation);
        Assert.NotEqual(Recommendation.MetadataOnly, package.Recommendation);
    }

    [Fact]
    public async Task InspectAsync_Cancelled_Propagates()
    {
        _server.Latency = TimeSpan.FromSeconds(5);
        await using var host = SourceHost.Create(_server, sources: s => s.TrustedRootFile = TrustedRoot);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => host.Get<ITrustInspector>().InspectAsync(Request("six", "1.11.0"), cancellation.Token));
    }

    internal static readonly DateTimeOffset ReportTime = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    internal static void FixedClock(IServiceCollection services) => services.AddSingleton<TimeProvider>(new FixedTimeProvider(ReportTime));

    private static List<string> AdvisoryIds(PackageReport package) =>
        [.. package.Findings.Where(f => f.Code == "TC6001").Select(f => f.Evidence["id"]).Order(StringComparer.Ordinal)];

    internal static InspectionRequest Request(string name, string? version) =>
        new() { Packages = [new PackageRequest(PackageName.Parse(name), version)] };

    private sealed class InternalMirrorProvider : ISignalProvider
    {
        public string Name => "internal-mirror";

        public Task<Signal> EvaluateAsync(SignalContext context, CancellationToken cancellationToken = default) =>
            Task.FromResult(Signal.Of(Name, new Finding
            {
                Code = "TC9901",
                Severity = Severity.Medium,
                Message = $"{context.Evidence.Name} is not on the internal mirror.",
                Evidence = new Dictionary<string, string> { ["mirror"] = "internal" },
            }));
    }

    private sealed class BrokenProvider : ISignalProvider
    {
        public string Name => "broken";

        public Task<Signal> EvaluateAsync(SignalContext context, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("boom");
    }

    private sealed class NoMediumPolicy : IPolicy
    {
        public string Name => "no-medium";

        public PolicyDecision Evaluate(PolicyInput input) => new()
        {
            Violations = input.Packages
                .SelectMany(p => p.Findings.Where(f => f.Severity == Severity.Medium).Select(f => new PolicyViolation(p.Id, "no-medium", f.Message, f.Code)))
                .ToList(),
        };
    }
}
