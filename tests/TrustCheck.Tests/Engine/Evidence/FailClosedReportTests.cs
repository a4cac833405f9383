using TrustCheck.Attestations.Verification;
using TrustCheck.Inspection;
using TrustCheck.Reports;
using TrustCheck.TestKit;
using TrustCheck.TestKit.FailClosed;
using TrustCheck.TestKit.Http.Evidence;
using TrustCheck.TestKit.Http.Evidence.Synthetic;
using TrustCheck.Tests.Sources;

namespace TrustCheck.Tests.Engine.Evidence;

/// <summary>
/// The fail-closed matrix end to end: for every input and every stage that rejects it, the first such row of
/// <see cref="FailClosedMatrix"/> (the verifier-level tests run them all; an inspection costs far more than a
/// verification) served by the loopback index as a release's provenance, with its trusted root as the inspection's. The baseline release's file is <c>verified</c>;
/// the spoiled one's is <c>failed</c> at the row's stage, with TC2004 and no TC2001, and the package is high risk.
/// </summary>
public sealed class FailClosedReportTests : IClassFixture<FailClosedReportTests.Server>
{
    private readonly Server _fixture;

    public FailClosedReportTests(Server fixture) => _fixture = fixture;

    public static TheoryData<string> RowIds => [.. FailClosedMatrix.Rows.DistinctBy(r => (r.Input, r.Stage)).Select(r => r.Id)];

    [Theory]
    [MemberData(nameof(RowIds))]
    public async Task InspectAsync_ProvenanceWithOneInputSpoiled_ReportsTheFileFailedAtItsStageWithTC2004(string id)
    {
        var row = FailClosedMatrix.Find(id);
        var name = $"failclosed{FailClosedMatrix.Rows.ToList().IndexOf(row)}";
        using var directory = new TemporaryDirectory();
        using var releases = new AttestedReleases(_fixture.Evidence, name, directory.Path);
        var baseline = await InspectAsync(releases.PublishFailClosed("1.0.0", daysAfterEpoch: 10, repository: $"example/{name}", row, spoiled: false), name);
        Assert.Equal("verified", Assert.Single(Assert.Single(baseline.Packages).Files).Provenance.Status);

        var report = await InspectAsync(releases.PublishFailClosed("1.0.0", daysAfterEpoch: 10, repository: $"example/{name}", row, spoiled: true), name);

        var package = Assert.Single(report.Packages);
        var provenance = Assert.Single(package.Files).Provenance;
        Assert.Equal("failed", provenance.Status);
        Assert.Equal(row.Stage.ToName(), provenance.Failure!.Stage);
        Assert.Contains(row.Reason, provenance.Failure.Reason, StringComparison.Ordinal);
        Assert.Contains(package.Findings, f => f.Code == "TC2004" && f.Severity == "high");
        Assert.DoesNotContain(package.Findings, f => f.Code == "TC2001");
        Assert.Equal(Recommendation.HighRisk, package.Recommendation);
    }

    private async Task<TrustReport> InspectAsync(AttestedReleases releases, string name)
    {
        await using var host = SourceHost.Create(_fixture.Evidence, sources: s => s.TrustedRootFile = releases.TrustedRootFile, services: InspectorScenarioTests.FixedClock);
        return await host.Get<ITrustInspector>().InspectAsync(InspectorScenarioTests.Request(name, "1.0.0"));
    }

    /// <summary>
    /// One loopback index for the whole matrix; each row publishes its own project. It serves a one-name popular list
    /// instead of the real one, which every inspection would otherwise parse and index again (seconds per row).
    /// </summary>
    public sealed class Server : IAsyncLifetime
    {
        private readonly string _popularNames = Path.Combine(Path.GetTempPath(), $"trustcheck-failclosed-{Guid.NewGuid():N}.json");

        public EvidenceServer Evidence { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Evidence = await EvidenceServer.StartAsync();
            Evidence.TopPackagesFile = _popularNames;
            await File.WriteAllTextAsync(Evidence.TopPackagesFile, """{"rows":[{"download_count":1000,"project":"requests"}]}""");
        }

        public async Task DisposeAsync()
        {
            await Evidence.DisposeAsync();
            File.Delete(_popularNames);
        }
    }
}
