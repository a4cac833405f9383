using System.Net;
using System.Text.Json;

namespace TrustCheck.TestKit.Tests.Http.Evidence;

public sealed class OsvApiTests
{
    [Fact]
    public async Task Query_Jinja2210_ReturnsThePysecRecordsWhoseRangesCoverIt()
    {
        await using var host = await EvidenceTestHost.StartAsync();

        var ids = await QueryIdsAsync(host, """{"package": {"name": "jinja2", "ecosystem": "PyPI"}, "version": "2.10"}""");

        Assert.Equal(["PYSEC-2019-217", "PYSEC-2021-66"], ids);
    }

    [Fact]
    public async Task Query_Jinja2314_MatchesNothingInTheSharedSet()
    {
        // The shared advisory snapshot (2024-10) has only jinja2 records fixed before 2.11.3; the 2026 recording's
        // PYSEC-2026-* hits for 3.1.4 are not in it.
        await using var host = await EvidenceTestHost.StartAsync();

        using var response = await host.PostJsonAsync("osv/v1/query", """{"package": {"name": "jinja2", "ecosystem": "PyPI"}, "version": "3.1.4"}""");

        Assert.Equal("{\"vulns\":[]}", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Query_Match_ReturnsFullRecordsAsStored()
    {
        await using var host = await EvidenceTestHost.StartAsync();

        using var response = await host.PostJsonAsync("osv/v1/query", """{"package": {"name": "Jinja2", "ecosystem": "PyPI"}, "version": "2.10"}""");
        using var json = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());

        var record = json.RootElement.GetProperty("vulns")[0];
        Assert.Equal("PYSEC-2019-217", record.GetProperty("id").GetString());
        Assert.Contains("CVE-2019-10906", record.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.True(record.TryGetProperty("affected", out _));
    }

    [Theory]
    [InlineData("""{"package": {"purl": "pkg:pypi/jinja2@2.10"}}""")]
    [InlineData("""{"package": {"purl": "pkg:pypi/jinja2"}, "version": "2.10"}""")]
    [InlineData("""{"package": {"purl": "pkg:PyPI/Jinja2@2.10?repository_url=https://pypi.org#src"}}""")]
    public async Task Query_ByPurl_MatchesLikeByName(string query)
    {
        await using var host = await EvidenceTestHost.StartAsync();

        var ids = await QueryIdsAsync(host, query);

        Assert.Equal(["PYSEC-2019-217", "PYSEC-2021-66"], ids);
    }

    [Fact]
    public async Task Query_VersionInPurlAndParams_Answers400LikeOsv()
    {
        await using var host = await EvidenceTestHost.StartAsync();

        using var response = await host.PostJsonAsync("osv/v1/query", """{"package": {"purl": "pkg:pypi/jinja2@3.1.4"}, "version": "3.1.4"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(3, json.RootElement.GetProperty("code").GetInt32());
        Assert.Equal("version specified in params and PURL query", json.RootElement.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("""{"package": {"name": "jinja2", "ecosystem": "pypi"}, "version": "2.10"}""")]
    [InlineData("""{"package": {"name": "jinja2", "ecosystem": "npm"}, "version": "2.10"}""")]
    [InlineData("""{"commit": "6879efc2c1596d11a6a6ad296f80063b558d5e0f"}""")]
    public async Task Query_OtherEcosystemOrCommit_MatchesNothing(string query)
    {
        await using var host = await EvidenceTestHost.StartAsync();

        Assert.Empty(await QueryIdsAsync(host, query));
    }

    [Fact]
    public async Task Query_WithdrawnRecord_IsStillServedForTheClientToRetract()
    {
        await using var host = await EvidenceTestHost.StartAsync();

        Assert.Contains("PYSEC-2022-43059", await QueryIdsAsync(host, """{"package": {"name": "aiohttp", "ecosystem": "PyPI"}, "version": "3.8.0"}"""));
    }

    [Fact]
    public async Task Query_NoVersion_ReturnsEveryRecordOfThePackage()
    {
        await using var host = await EvidenceTestHost.StartAsync();

        var ids = await QueryIdsAsync(host, """{"package": {"name": "jinja2", "ecosystem": "PyPI"}}""");

        Assert.Equal(5, ids.Count);
    }

    [Fact]
    public async Task AddOsvRecord_LastAffectedRangeAndExplicitVersions_AreMatched()
    {
        await using var host = await EvidenceTestHost.StartAsync(loadSharedData: false);
        host.Server.AddOsvRecord("""
            {"id": "TEST-1", "modified": "2026-01-01T00:00:00Z", "affected": [
              {"package": {"ecosystem": "PyPI", "name": "Demo_Pkg"},
               "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "1.2"}, {"last_affected": "1.4.0"}, {"introduced": "2.0rc1"}, {"fixed": "2.1"}]}],
               "versions": ["0.9"]}]}
            """);

        foreach (var (version, affected) in new[] { ("0.9", true), ("1.1", false), ("1.2.0", true), ("1.4", true), ("1.4.1", false), ("2.0rc1", true), ("2.0.5", true), ("2.1", false) })
        {
            var ids = await QueryIdsAsync(host, $$"""{"package": {"name": "demo-pkg", "ecosystem": "PyPI"}, "version": "{{version}}"}""");
            Assert.True(affected == (ids.Count == 1), $"{version}: expected affected={affected}");
        }
    }

    [Fact]
    public async Task QueryBatch_RecordedRequest_AnswersIdAndModifiedInInputOrder()
    {
        await using var host = await EvidenceTestHost.StartAsync();
        var request = await File.ReadAllTextAsync(SharedData.PathOf("data/osv/api-responses/v1-querybatch.pypi-12-packages.request.json"));

        using var response = await host.PostJsonAsync("osv/v1/querybatch", request);
        using var json = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());

        var results = json.RootElement.GetProperty("results").EnumerateArray().ToList();
        using var sent = JsonDocument.Parse(request);
        Assert.Equal(sent.RootElement.GetProperty("queries").GetArrayLength(), results.Count);
        var names = sent.RootElement.GetProperty("queries").EnumerateArray().Select(q => q.GetProperty("package").GetProperty("name").GetString()).ToList();
        Assert.Equal(["PYSEC-2023-62"], IdsOf(results[names.IndexOf("flask")]));
        Assert.Equal(["PYSEC-2023-74"], IdsOf(results[names.IndexOf("requests")]));
        Assert.Equal(["PYSEC-2020-148", "PYSEC-2021-108", "PYSEC-2023-192", "PYSEC-2023-212"], IdsOf(results[names.IndexOf("urllib3")]).Order(StringComparer.Ordinal));
        Assert.Empty(IdsOf(results[names.IndexOf("certifi")]));
        var first = results[names.IndexOf("flask")].GetProperty("vulns")[0];
        Assert.Equal(["id", "modified"], first.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task QueryBatch_PageSize_ForcesNextPageTokensAndPagesConcatenateToTheWhole()
    {
        await using var host = await EvidenceTestHost.StartAsync();
        var whole = await QueryIdsAsync(host, """{"package": {"name": "urllib3", "ecosystem": "PyPI"}}""");
        host.Server.OsvPageSize = 4;

        var paged = new List<string>();
        string? token = null;
        var pages = 0;
        do
        {
            var tokenPart = token is null ? string.Empty : $", \"page_token\": \"{token}\"";
            using var response = await host.PostJsonAsync(
                "osv/v1/querybatch",
                $$"""{"queries": [{"package": {"name": "urllib3", "ecosystem": "PyPI"}{{tokenPart}}}, {"package": {"name": "flask", "ecosystem": "PyPI"}, "version": "1.0"}]}""");
            using var json = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());
            var result = json.RootElement.GetProperty("results")[0];
            paged.AddRange(IdsOf(result));
            token = result.TryGetProperty("next_page_token", out var next) ? next.GetString() : null;
            Assert.False(json.RootElement.GetProperty("results")[1].TryGetProperty("next_page_token", out _));
            pages++;
        }
        while (token is not null);

        Assert.Equal(11, whole.Count);
        Assert.Equal(3, pages);
        Assert.Equal(whole, paged);
    }

    [Fact]
    public async Task Query_PageSize_PagesFullRecords()
    {
        await using var host = await EvidenceTestHost.StartAsync();
        host.Server.OsvPageSize = 2;

        using var first = await host.PostJsonAsync("osv/v1/query", """{"package": {"name": "jinja2", "ecosystem": "PyPI"}}""");
        using var firstJson = JsonDocument.Parse(await first.Content.ReadAsByteArrayAsync());
        var token = firstJson.RootElement.GetProperty("next_page_token").GetString();
        using var second = await host.PostJsonAsync("osv/v1/query", $$"""{"package": {"name": "jinja2", "ecosystem": "PyPI"}, "page_token": "{{token}}"}""");
        using var secondJson = JsonDocument.Parse(await second.Content.ReadAsByteArrayAsync());

        Assert.Equal(2, firstJson.RootElement.GetProperty("vulns").GetArrayLength());
        Assert.Equal(2, secondJson.RootElement.GetProperty("vulns").GetArrayLength());
        Assert.True(secondJson.RootElement.TryGetProperty("next_page_token", out _));
    }

    [Fact]
    public async Task Query_InvalidPageToken_Answers400()
    {
        await using var host = await EvidenceTestHost.StartAsync();

        using var response = await host.PostJsonAsync("osv/v1/query", """{"package": {"name": "jinja2", "ecosystem": "PyPI"}, "page_token": "nonsense"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task OsvOmitsEmptyVulns_NoMatch_AnswersAnEmptyObject()
    {
        await using var host = await EvidenceTestHost.StartAsync();
        host.Server.OsvOmitsEmptyVulns = true;

        using var single = await host.PostJsonAsync("osv/v1/query", """{"package": {"name": "certifi", "ecosystem": "PyPI"}, "version": "2025.10.5"}""");
        using var batch = await host.PostJsonAsync("osv/v1/querybatch", """{"queries": [{"package": {"name": "certifi", "ecosystem": "PyPI"}, "version": "2025.10.5"}]}""");

        Assert.Equal("{}", await single.Content.ReadAsStringAsync());
        Assert.Equal("{\"results\":[{}]}", await batch.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Vulns_KnownId_ServesTheRecord()
    {
        await using var host = await EvidenceTestHost.StartAsync();

        using var json = await host.GetJsonAsync("osv/v1/vulns/PYSEC-2014-13");

        Assert.Equal("PYSEC-2014-13", json.RootElement.GetProperty("id").GetString());
        Assert.Equal("requests", json.RootElement.GetProperty("affected")[0].GetProperty("package").GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("osv/v1/vulns/PYSEC-0000-0")]
    [InlineData("osv/v1/vulns/pysec-2014-13")]
    public async Task Vulns_UnknownId_Answers404(string path)
    {
        await using var host = await EvidenceTestHost.StartAsync();

        using var response = await host.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Query_Get_Answers405()
    {
        await using var host = await EvidenceTestHost.StartAsync();

        using var response = await host.Client.GetAsync("osv/v1/query");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    private static async Task<List<string>> QueryIdsAsync(EvidenceTestHost host, string query)
    {
        using var response = await host.PostJsonAsync("osv/v1/query", query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());
        return IdsOf(json.RootElement);
    }

    private static List<string> IdsOf(JsonElement result) =>
        result.TryGetProperty("vulns", out var vulns) ? [.. vulns.EnumerateArray().Select(v => v.GetProperty("id").GetString()!)] : [];
}
