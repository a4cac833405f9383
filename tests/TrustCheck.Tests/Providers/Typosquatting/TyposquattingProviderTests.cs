using TrustCheck.Inspection;
using TrustCheck.Reports;
using TrustCheck.Tests.Engine;
using TrustCheck.Tests.Sources;
using TrustCheck.TestKit.Http.Evidence;
using TrustCheck.TestKit.Http.Evidence.Synthetic;

namespace TrustCheck.Tests.Providers.Typosquatting;

/// <summary>Evidence beats similarity: the same look-alike name is high-risk when new and bare, info when established.</summary>
public sealed class TyposquattingProviderTests : IAsyncLifetime
{
    private EvidenceServer _server = null!;

    public async Task InitializeAsync() => _server = (await EvidenceServer.StartAsync()).LoadSharedData();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task InspectAsync_NewBareLookAlikeOfRequests_IsHighRiskNamingTheTarget()
    {
        new FakeIndex().Add("reqeusts", new FakeRelease("0.0.1", [], UploadTime: InspectorScenarioTests.ReportTime.AddDays(-3))).ServeOn(_server);

        var report = await InspectAsync("reqeusts");

        var package = Assert.Single(report.Packages);
        var finding = Assert.Single(package.Findings, f => f.Code == "TC7001");
        Assert.Equal("high", finding.Severity);
        Assert.Equal("requests", finding.Evidence["target"]);
        Assert.Equal("transposition", finding.Evidence["technique"]);
        Assert.Equal("1", finding.Evidence["releases"]);
        Assert.Contains("new", finding.Evidence["decision"], StringComparison.Ordinal);
        Assert.Equal(Recommendation.HighRisk, package.Recommendation);
        Assert.False(report.Policy.Passed);
    }

    [Fact]
    public async Task InspectAsync_EstablishedLookAlike_IsOnlyInfo()
    {
        var index = new FakeIndex();
        for (var year = 0; year < 12; year++)
        {
            index.Add("reqeusts", new FakeRelease($"1.{year}.0", [], UploadTime: new DateTimeOffset(2014 + year, 3, 1, 0, 0, 0, TimeSpan.Zero)));
        }

        index.ServeOn(_server);

        var report = await InspectAsync("reqeusts");

        var finding = Assert.Single(Assert.Single(report.Packages).Findings, f => f.Code == "TC7001");
        Assert.Equal("info", finding.Severity);
        Assert.Equal("12", finding.Evidence["releases"]);
        Assert.Contains("established", finding.Evidence["decision"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task InspectAsync_NameImitatingATrustedName_IsHighEvenThoughTheNameIsNotPopular()
    {
        new FakeIndex().Add("acme-billing-clent", new FakeRelease("1.0.0", [], UploadTime: InspectorScenarioTests.ReportTime.AddDays(-200))).ServeOn(_server);

        var report = await InspectAsync("acme-billing-clent", new InspectionOptions { TrustedNames = ["acme-billing-client"] });

        var finding = Assert.Single(Assert.Single(report.Packages).Findings, f => f.Code == "TC7002");
        Assert.Equal("high", finding.Severity);
        Assert.Equal("acme-billing-client", finding.Evidence["target"]);
        Assert.Equal("trusted", finding.Evidence["targetSource"]);
    }

    [Fact]
    public async Task InspectAsync_PopularProjectItself_HasNoTyposquatFinding()
    {
        var report = await InspectAsync("requests", version: "2.19.0");

        Assert.DoesNotContain(Assert.Single(report.Packages).Findings, f => f.Code.StartsWith("TC7", StringComparison.Ordinal));
        Assert.Contains(report.Packages[0].Signals, s => s.Provider == "typosquatting" && s.Status == "completed");
    }

    private async Task<TrustReport> InspectAsync(string name, InspectionOptions? options = null, string? version = null)
    {
        await using var host = SourceHost.Create(_server, sources: s => s.TrustedRootFile = InspectorScenarioTests.TrustedRoot, services: InspectorScenarioTests.FixedClock);
        return await host.Get<ITrustInspector>().InspectAsync(InspectorScenarioTests.Request(name, version) with { Options = options ?? new InspectionOptions() });
    }
}
