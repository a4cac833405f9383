using Microsoft.Extensions.DependencyInjection;
using System.Security.Cryptography;
using TrustCheck.Attestations.Tuf;
using TrustCheck.Evidence.Provenance;
using TrustCheck.Evidence.Simple;
using TrustCheck.Evidence.Vulnerabilities;
using TrustCheck.Packaging;
using TrustCheck.Sources;
using TrustCheck.TestKit;
using TrustCheck.TestKit.Http.Evidence;

namespace TrustCheck.Tests.Sources;

/// <summary>Every source against the loopback server serving the recorded real responses.</summary>
public sealed class SourcesEndToEndTests : IAsyncLifetime
{
    private EvidenceServer _server = null!;

    public async Task InitializeAsync() => _server = (await EvidenceServer.StartAsync()).LoadSharedData();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task GetReleaseAsync_Requests2190_ReadsTheRecordedRelease()
    {
        await using var host = SourceHost.Create(_server);

        var release = await host.PyPi.GetReleaseAsync(PackageName.Parse("Requests"), "2.19.0");

        Assert.NotNull(release);
        Assert.Equal("2.19.0", release.Info.Version);
        Assert.Contains("chardet (<3.1.0,>=3.0.2)", release.Info.RequiresDist);
        Assert.Contains(release.Files, f => f.Filename == "requests-2.19.0.tar.gz");
        var request = Assert.Single(_server.RequestsTo("/pypi/requests/2.19.0/json"));
        Assert.StartsWith("TrustCheck/", request.UserAgent, StringComparison.Ordinal);
        Assert.Contains("application/json", request.Accept, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetProjectAsync_Atomicwrites_ReadsTheLiveRecordedProject()
    {
        await using var host = SourceHost.Create(_server);

        var project = await host.PyPi.GetProjectAsync(PackageName.Parse("atomicwrites"));

        Assert.NotNull(project);
        Assert.Equal(18, project.Releases.Count);
        Assert.Equal(14382305, project.LastSerial);
    }

    [Fact]
    public async Task GetProjectAsync_UnknownProject_IsNull()
    {
        await using var host = SourceHost.Create(_server);

        Assert.Null(await host.PyPi.GetProjectAsync(PackageName.Parse("doesnotexist123456")));
        Assert.Null(await host.PyPi.GetReleaseAsync(PackageName.Parse("requests"), "99.0"));
    }

    [Fact]
    public async Task GetProjectPageAsync_Requests_ReadsPep691Json()
    {
        await using var host = SourceHost.Create(_server);

        var page = await host.Indexes.Primary.GetProjectPageAsync(PackageName.Parse("requests"));

        Assert.NotNull(page);
        Assert.Equal(SimplePageFormat.Json, page.Format);
        Assert.Equal("1.4", page.ApiVersion);
        Assert.NotEmpty(page.Files);
        Assert.Contains("application/vnd.pypi.simple.v1+json", Assert.Single(_server.RequestsTo("/simple/requests/")).Accept, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetProjectPageAsync_IndexWithoutJson_ReadsTheHtmlToTheSameFiles()
    {
        await using var jsonHost = SourceHost.Create(_server);
        var json = await jsonHost.Indexes.Primary.GetProjectPageAsync(PackageName.Parse("black"));
        _server.ServeSimpleHtmlOnly("black");
        await using var htmlHost = SourceHost.Create(_server);

        var html = await htmlHost.Indexes.Primary.GetProjectPageAsync(PackageName.Parse("black"));

        Assert.Equal(SimplePageFormat.Html, html!.Format);
        Assert.Equal(
            json!.Files.Select(f => (f.Filename, f.Url, f.Sha256, f.RequiresPython, f.Yanked, f.YankedReason, f.HasCoreMetadata)),
            html.Files.Select(f => (f.Filename, f.Url, f.Sha256, f.RequiresPython, f.Yanked, f.YankedReason, f.HasCoreMetadata)));
    }

    [Fact]
    public async Task GetProjectPageAsync_Sampleproject_LinksItsProvenanceWhichIsServed()
    {
        await using var host = SourceHost.Create(_server);
        var page = await host.Indexes.Primary.GetProjectPageAsync(PackageName.Parse("sampleproject"));
        var sdist = Assert.Single(page!.Files, f => f.Filename == "sampleproject-4.0.0.tar.gz");

        var provenance = await host.Provenance.GetProvenanceAsync(new ProvenanceRequest(PackageName.Parse("sampleproject"), "4.0.0", sdist.Filename, sdist.Provenance));

        Assert.Equal(ProvenanceStatus.Found, provenance.Status);
        Assert.Equal(File.ReadAllBytes(SharedData.PathOf("data/pypi-integrity/sampleproject-4.0.0.tar.gz.provenance.json")), provenance.Content.ToArray());
    }

    [Fact]
    public async Task GetProvenanceAsync_IntegrityRoute_FoundAndAbsent()
    {
        await using var host = SourceHost.Create(_server);

        var found = await host.Provenance.GetProvenanceAsync(new ProvenanceRequest(PackageName.Parse("pypi_attestations"), "0.0.19", "pypi_attestations-0.0.19.tar.gz"));
        var absent = await host.Provenance.GetProvenanceAsync(new ProvenanceRequest(PackageName.Parse("requests"), "2.19.0", "requests-2.19.0.tar.gz"));

        Assert.Equal(ProvenanceStatus.Found, found.Status);
        Assert.Equal(File.ReadAllBytes(SharedData.PathOf("data/pypi-integrity/pypi_attestations-0.0.19.tar.gz.provenance.json")), found.Content.ToArray());
        Assert.Equal(ProvenanceStatus.Absent, absent.Status);
        Assert.True(absent.Content.IsEmpty);
        Assert.Contains("application/vnd.pypi.integrity.v1+json", Assert.Single(_server.RequestsTo("/integrity/pypi-attestations/0.0.19/pypi_attestations-0.0.19.tar.gz/provenance")).Accept, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QueryAsync_OldReleases_ReturnTheRecordsWhoseRangesContainThem()
    {
        await using var host = SourceHost.Create(_server);
        VulnerabilityQuery[] queries =
        [
            new(PackageName.Parse("jinja2"), "2.10"),
            new(PackageName.Parse("requests"), "2.19.0"),
            new(PackageName.Parse("urllib3"), "1.24.1"),
            new(PackageName.Parse("jinja2"), "3.1.4"),
        ];

        var results = await host.Osv.QueryAsync(queries);

        Assert.Equal(queries, results.Select(r => r.Query));
        Assert.Equal(["PYSEC-2019-217", "PYSEC-2021-66"], Ids(results[0]));
        Assert.Equal(["PYSEC-2018-28", "PYSEC-2023-74"], Ids(results[1]));
        Assert.Equal(["PYSEC-2019-132", "PYSEC-2019-133", "PYSEC-2020-148", "PYSEC-2021-108", "PYSEC-2023-192", "PYSEC-2023-207", "PYSEC-2023-212"], Ids(results[2]));
        Assert.Empty(results[3].Records);
        Assert.All(results.SelectMany(r => r.Records), r => Assert.NotEmpty(r.Affected));
        Assert.Equal(1, _server.RequestCount("/osv/v1/querybatch"));
    }

    [Fact]
    public async Task QueryAsync_PagedAnswers_GiveTheSameRecords()
    {
        await using var unpagedHost = SourceHost.Create(_server);
        var query = new VulnerabilityQuery(PackageName.Parse("urllib3"), "1.24.1");
        var unpaged = await unpagedHost.Osv.QueryAsync([query]);
        _server.OsvPageSize = 2;
        await using var pagedHost = SourceHost.Create(_server);

        var paged = await pagedHost.Osv.QueryAsync([query]);

        Assert.Equal(Ids(unpaged[0]), Ids(paged[0]));
        Assert.Equal(1 + 4, _server.RequestCount("/osv/v1/querybatch"));
    }

    [Fact]
    public async Task QueryAsync_EndpointWithoutBatches_FallsBackToSingleQueries()
    {
        _server.Faults.Enqueue("/osv/v1/querybatch", Fault.Status(404));
        await using var host = SourceHost.Create(_server);

        var results = await host.Osv.QueryAsync([new VulnerabilityQuery(PackageName.Parse("jinja2"), "2.10"), new VulnerabilityQuery(PackageName.Parse("requests"), "2.19.0")]);

        Assert.Equal(["PYSEC-2019-217", "PYSEC-2021-66"], Ids(results[0]));
        Assert.Equal(["PYSEC-2018-28", "PYSEC-2023-74"], Ids(results[1]));
        Assert.Equal(2, _server.RequestCount("/osv/v1/query"));
    }

    [Fact]
    public async Task QueryAsync_Repeated_UsesTheCacheForResultsAndRecords()
    {
        await using var host = SourceHost.Create(_server);
        VulnerabilityQuery[] queries = [new(PackageName.Parse("requests"), "2.19.0")];
        await host.Osv.QueryAsync(queries);
        var before = _server.TotalRequests;

        var again = await host.Osv.QueryAsync(queries);

        Assert.Equal(before, _server.TotalRequests);
        Assert.Equal(["PYSEC-2018-28", "PYSEC-2023-74"], Ids(again[0]));
    }

    [Fact]
    public async Task GetAsync_KnownAndUnknownIds()
    {
        await using var host = SourceHost.Create(_server);

        var record = await host.Osv.GetAsync("PYSEC-2022-43059");
        var unknown = await host.Osv.GetAsync("PYSEC-0000-0");

        Assert.NotNull(record!.Withdrawn);
        Assert.Null(unknown);
    }

    [Fact]
    public async Task GetAsync_PopularPackagesFromTheServerAndFromAFile_Agree()
    {
        await using var remote = SourceHost.Create(_server);
        await using var local = SourceHost.Create(_server, sources: s => s.PopularPackagesFile = SharedData.PathOf("data/top-pypi/top-pypi-packages.min.json"));

        var downloaded = await remote.Popular.GetAsync();
        var read = await local.Popular.GetAsync();

        Assert.Equal(15000, downloaded.Packages.Count);
        Assert.Equal("boto3", downloaded.Packages[0].Name.Normalized);
        Assert.Equal("2026-04-01 06:34:06", downloaded.LastUpdate);
        Assert.Equal(downloaded.Packages, read.Packages);
    }

    [Fact]
    public async Task GetAsync_PopularListOutOfOrder_IsReturnedMostDownloadedFirstWithTiesInListOrder()
    {
        using var directory = new TemporaryDirectory();
        var file = Path.Combine(directory.Path, "top.json");
        await File.WriteAllTextAsync(file, """{"last_update":"x","rows":[{"project":"b","download_count":5},{"project":"a","download_count":9},{"project":"d","download_count":5},{"project":"c","download_count":1}]}""");
        await using var local = SourceHost.Create(_server, sources: s => s.PopularPackagesFile = file);

        var read = await local.Popular.GetAsync();

        Assert.Equal(["a", "b", "d", "c"], read.Packages.Select(p => p.Name.Normalized));
    }

    [Theory]
    [InlineData("""{"rows":[{"project":"a","download_count":9},null]}""", "row 2 is null")]
    [InlineData("""{"rows":[{"project":"a b","download_count":9}]}""", "'a b' is not a project name")]
    [InlineData("""{"last_update":"x"}""", "'rows' is missing")]
    public async Task GetAsync_PopularListWithABadRow_IsMalformedNamingIt(string list, string reason)
    {
        using var directory = new TemporaryDirectory();
        var file = Path.Combine(directory.Path, "top.json");
        await File.WriteAllTextAsync(file, list);
        await using var local = SourceHost.Create(_server, sources: s => s.PopularPackagesFile = file);

        var error = await Assert.ThrowsAsync<EvidenceSourceException>(() => local.Popular.GetAsync());

        Assert.Equal(EvidenceErrorKind.Malformed, error.Kind);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAsync_TrustedRootThroughTuf_VerifiesTheServedRepository()
    {
        var rootFile = SharedData.PathOf("vectors/tuf/sigstore-production/15.root.json");
        var pin = new TufRootPin(15, Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(rootFile))));
        var clock = new FixedTimeProvider(DateTimeOffset.Parse("2026-08-22T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        using var cacheDirectory = new TemporaryDirectory();
        await using var host = SourceHost.Create(
            _server,
            cacheDirectory: cacheDirectory.Path,
            sources: s => s.TufRootPin = pin,
            services: s => s.AddSingleton<TimeProvider>(clock));

        var root = await host.TrustedRoot.GetAsync();

        Assert.NotEmpty(root.CertificateAuthorities);
        Assert.True(_server.RequestCount("/tuf/timestamp.json") >= 1);
        Assert.True(Directory.EnumerateFiles(Path.Combine(cacheDirectory.Path, "tuf"), "*", SearchOption.AllDirectories).Any());
    }

    private static List<string> Ids(VulnerabilityQueryResult result) => result.Records.Select(r => r.Id).Order(StringComparer.Ordinal).ToList();
}
