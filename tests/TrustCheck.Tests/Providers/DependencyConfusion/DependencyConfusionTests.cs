using TrustCheck.Inspection;
using TrustCheck.Reports;
using TrustCheck.Tests.Engine;
using TrustCheck.Tests.Sources;
using TrustCheck.TestKit;
using TrustCheck.TestKit.Http.Evidence;
using TrustCheck.TestKit.Http.Evidence.Synthetic;

namespace TrustCheck.Tests.Providers.DependencyConfusion;

/// <summary>
/// Two loopback indexes started by the test — a public one (JSON API and Simple API) and a private one (Simple API
/// only) — serving overlapping and disjoint names, inspected through the SDK as pip would install them.
/// </summary>
public sealed class DependencyConfusionTests : IAsyncLifetime
{
    private EvidenceServer _public = null!;
    private EvidenceServer _private = null!;

    public async Task InitializeAsync()
    {
        _public = await EvidenceServer.StartAsync();
        _private = await EvidenceServer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _public.DisposeAsync();
        await _private.DisposeAsync();
    }

    [Fact]
    public async Task InspectAsync_PublicVersionHigherThanPrivate_IsHighAndPipWouldInstallThePublicOne()
    {
        Serve(_public, "internal-utils", "9.9.9");
        Serve(_private, "internal-utils", "1.2.0");

        var report = await InspectAsync("internal-utils", ["internal-*"]);

        var finding = Assert.Single(Assert.Single(report.Packages).Findings, f => f.Code == "TC8002");
        Assert.Equal("high", finding.Severity);
        Assert.Equal("9.9.9", finding.Evidence["publicVersion"]);
        Assert.Equal("1.2.0", finding.Evidence["privateVersion"]);
        Assert.Equal(_public.IndexUrl.AbsoluteUri, finding.Evidence["resolvesFrom"]);
        Assert.Equal("internal-*", finding.Evidence["internalPattern"]);
        Assert.Contains("first-index", finding.Remediation, StringComparison.Ordinal);
        Assert.False(report.Policy.Passed);
    }

    [Fact]
    public async Task InspectAsync_PrivateIndexServingOnlyPep503Html_IsReadLikePipReadsIt()
    {
        Serve(_public, "internal-utils", "9.9.9");
        Serve(_private, "internal-utils", "1.2.0", "1.3.0");
        _private.ServeSimpleHtmlOnly("internal-utils");

        var report = await InspectAsync("internal-utils", ["internal-*"]);

        var finding = Assert.Single(Assert.Single(report.Packages).Findings, f => f.Code == "TC8002");
        Assert.Equal("1.3.0", finding.Evidence["privateVersion"]);
    }

    [Fact]
    public async Task InspectAsync_PrivateVersionHigher_IsMediumAndResolvesFromThePrivateIndex()
    {
        Serve(_public, "internal-utils", "0.0.1");
        Serve(_private, "internal-utils", "1.2.0");

        var report = await InspectAsync("internal-utils", ["internal-utils"]);

        var finding = Assert.Single(Assert.Single(report.Packages).Findings, f => f.Code == "TC8001");
        Assert.Equal("medium", finding.Severity);
        Assert.Equal(_private.IndexUrl.AbsoluteUri, finding.Evidence["resolvesFrom"]);
    }

    [Fact]
    public async Task InspectAsync_InternalNameOnlyOnThePrivateIndex_IsInspectedFromItWithTheExposure()
    {
        Serve(_private, "acme-billing", "2.3.0", "2.4.0");

        var report = await InspectAsync("acme-billing", ["acme-*"]);

        var package = Assert.Single(report.Packages);
        Assert.Equal("2.4.0", package.Version);
        Assert.Equal(["acme_billing-2.4.0.tar.gz"], package.Files.Select(f => f.Filename));
        Assert.Equal("absent", Assert.Single(package.Files).Provenance.Status);
        var finding = Assert.Single(package.Findings, f => f.Code == "TC8003");
        Assert.Equal("medium", finding.Severity);
        Assert.Equal("none", finding.Evidence["publicVersion"]);
        Assert.Equal(0, _public.RequestCount("/integrity/acme-billing/2.4.0/acme_billing-2.4.0.tar.gz/provenance"));
    }

    [Fact]
    public async Task InspectAsync_PrivateIndexServesAPublicNameNotDeclaredInternal_IsMedium()
    {
        Serve(_public, "shared-lib", "1.0.0");
        Serve(_private, "shared-lib", "1.0.0");

        var report = await InspectAsync("shared-lib", []);

        var finding = Assert.Single(Assert.Single(report.Packages).Findings, f => f.Code == "TC8004");
        Assert.Equal("medium", finding.Severity);
        Assert.Contains(" ", finding.Evidence["resolvesFrom"], StringComparison.Ordinal);
        Assert.StartsWith("tie", finding.Evidence["resolution"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task InspectAsync_PublicOnlyNameNotInternal_HasNoConfusionFinding()
    {
        Serve(_public, "plain-lib", "1.0.0");

        var report = await InspectAsync("plain-lib", ["internal-*"]);

        Assert.DoesNotContain(Assert.Single(report.Packages).Findings, f => f.Code.StartsWith("TC8", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("url")]
    [InlineData("netrc")]
    public async Task InspectAsync_AuthenticatedPrivateIndex_IsReadWithItsCredentials(string credentials)
    {
        Serve(_public, "internal-utils", "9.9.9");
        Serve(_private, "internal-utils", "1.2.0");
        _private.RequireBasicAuth("ci", "s3cret-token");
        using var scratch = new TemporaryDirectory();
        var netrc = Path.Combine(scratch.Path, "netrc");
        await File.WriteAllTextAsync(netrc, $"machine {_private.IndexUrl.Host}\n  login ci\n  password s3cret-token\n");
        var extra = credentials == "url" ? new UriBuilder(_private.IndexUrl) { UserName = "ci", Password = "s3cret-token" }.Uri : _private.IndexUrl;

        var report = await InspectAsync("internal-utils", ["internal-*"], extra, credentials == "netrc" ? netrc : Path.Combine(scratch.Path, "absent"));

        var finding = Assert.Single(Assert.Single(report.Packages).Findings, f => f.Code == "TC8002");
        Assert.Equal("1.2.0", finding.Evidence["privateVersion"]);
        Assert.DoesNotContain("s3cret", finding.Evidence["privateIndexes"], StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", System.Text.Encoding.UTF8.GetString(TrustCheck.Reporting.TrustReportJson.Serialize(report)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InspectAsync_AuthenticatedPrivateIndexWithoutCredentials_IsAnUpstreamError()
    {
        Serve(_public, "internal-utils", "9.9.9");
        Serve(_private, "internal-utils", "1.2.0");
        _private.RequireBasicAuth("ci", "s3cret-token");
        using var scratch = new TemporaryDirectory();

        await Assert.ThrowsAsync<TrustCheck.Sources.EvidenceSourceException>(() => InspectAsync("internal-utils", ["internal-*"], _private.IndexUrl, Path.Combine(scratch.Path, "absent")));
    }

    private static void Serve(EvidenceServer server, string name, params string[] versions)
    {
        var index = new FakeIndex();
        foreach (var version in versions)
        {
            index.Add(name, version);
        }

        index.ServeOn(server);
        server.SynthesizeSimplePage(name);
    }

    private async Task<TrustReport> InspectAsync(string name, IReadOnlyList<string> internalPackages, Uri? extraIndex = null, string? netrc = null)
    {
        await using var host = SourceHost.Create(_public, sources: s =>
        {
            s.TrustedRootFile = InspectorScenarioTests.TrustedRoot;
            s.PopularPackagesFile = SharedData.PathOf("data/top-pypi/top-pypi-packages.min.json");
            s.ExtraIndexUrls.Add(extraIndex ?? _private.IndexUrl);
            s.NetrcFile = netrc ?? "/nonexistent/netrc";
        }, services: InspectorScenarioTests.FixedClock);
        return await host.Get<ITrustInspector>().InspectAsync(InspectorScenarioTests.Request(name, null) with { Options = new InspectionOptions { InternalPackages = internalPackages } });
    }
}
