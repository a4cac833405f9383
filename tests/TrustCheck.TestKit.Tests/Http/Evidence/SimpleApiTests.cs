using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using TrustCheck.TestKit.Http.Evidence;

namespace TrustCheck.TestKit.Tests.Http.Evidence;

public sealed class SimpleApiTests
{
    private const string SimpleJson = "application/vnd.pypi.simple.v1+json";

    [Fact]
    public async Task ProjectPage_AcceptsPep691Json_ServesTheRecordedJson()
    {
        await using var host = await EvidenceTestHost.StartAsync();

        using var response = await GetAsync(host, "simple/requests/", $"{SimpleJson}, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.01");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(SimpleJson, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Accept", response.Headers.Vary);
        Assert.Equal(File.ReadAllBytes(SharedData.PathOf("data/pypi-simple-json/poetry-fixtures/requests.json")), await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("text/html")]
    [InlineData("application/json")]
    [InlineData("application/vnd.pypi.simple.v1+json;q=0, text/html")]
    public async Task ProjectPage_WithoutPep691Accept_ServesHtmlGeneratedFromTheJson(string? accept)
    {
        await using var host = await EvidenceTestHost.StartAsync();

        using var response = await GetAsync(host, "simple/requests/", accept);

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Accept", response.Headers.Vary);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<title>Links for requests</title>", html, StringComparison.Ordinal);
        Assert.Contains(
            "<a href=\"https://files.pythonhosted.org/packages/e2/f0/c81405acbf53d0412b984eb3fc578cdd10e347374e1aec074638a500c186/requests-2.18.0-py2.py3-none-any.whl" +
            "#sha256=5e88d64aa56ac0fda54e77fb9762ebc65879e171b746d5479a33c4082519d6c6\" " +
            "data-dist-info-metadata=\"sha256=4beb28df7dccdb2c54530560738dda249189e114357a69d5e5e7f06a2a019197\" " +
            "data-core-metadata=\"sha256=4beb28df7dccdb2c54530560738dda249189e114357a69d5e5e7f06a2a019197\">requests-2.18.0-py2.py3-none-any.whl</a><br />",
            html,
            StringComparison.Ordinal);
        Assert.Equal(12, CountOf(html, "<a href="));
    }

    [Fact]
    public async Task ProjectPage_Html_EscapesRequiresPythonAndCarriesYankedReasons()
    {
        await using var host = await EvidenceTestHost.StartAsync();

        var cleo = await host.Client.GetStringAsync("simple/cleo/");
        var black = await host.Client.GetStringAsync("simple/black/");

        Assert.Contains("data-requires-python=\"&gt;=3.7,&lt;4.0\"", cleo, StringComparison.Ordinal);
        Assert.DoesNotContain(">=3.7,<4.0", cleo, StringComparison.Ordinal);
        Assert.Contains("data-yanked=\"Broken regex dependency. Use 21.11b1 instead.\">black-21.11b0.tar.gz</a>", black, StringComparison.Ordinal);
        var notYanked = black.Split('\n').Single(line => line.Contains(">black-19.10b0.tar.gz<", StringComparison.Ordinal));
        Assert.DoesNotContain("data-yanked", notYanked, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProjectPage_HtmlOnlyProject_AnswersHtmlEvenToAJsonAccept()
    {
        await using var host = await EvidenceTestHost.StartAsync();
        host.Server.ServeSimpleHtmlOnly("requests");

        using var response = await GetAsync(host, "simple/requests/", SimpleJson);

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ProjectPage_JsonAndHtml_HaveDifferentStrongTags()
    {
        await using var host = await EvidenceTestHost.StartAsync();

        using var json = await GetAsync(host, "simple/requests/", SimpleJson);
        using var html = await GetAsync(host, "simple/requests/", "text/html");

        Assert.False(json.Headers.ETag!.IsWeak);
        Assert.NotEqual(json.Headers.ETag, html.Headers.ETag);
        Assert.Equal("max-age=600, public", json.Headers.NonValidated["Cache-Control"].ToString());
    }

    [Theory]
    [InlineData("simple/Requests/", "/simple/requests/")]
    [InlineData("simple/requests", "/simple/requests/")]
    [InlineData("simple/Importlib_Metadata", "/simple/importlib-metadata/")]
    public async Task ProjectPage_NonNormalizedNameOrNoSlash_Answers301(string path, string location)
    {
        await using var host = await EvidenceTestHost.StartAsync();

        using var response = await host.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task ProjectPage_Unknown_Answers404()
    {
        await using var host = await EvidenceTestHost.StartAsync();

        using var response = await host.Client.GetAsync("simple/no-such-project/");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ProjectPage_SampleprojectSynthesised_LinksTheRealProvenance()
    {
        await using var host = await EvidenceTestHost.StartAsync();

        using var response = await GetAsync(host, "simple/sampleproject/", SimpleJson);
        using var page = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());
        var sdist = page.RootElement.GetProperty("files").EnumerateArray().Single(f => f.GetProperty("filename").GetString() == "sampleproject-4.0.0.tar.gz");
        var provenance = sdist.GetProperty("provenance").GetString()!;

        Assert.Equal(new Uri(host.Server.BaseUrl, "integrity/sampleproject/4.0.0/sampleproject-4.0.0.tar.gz/provenance").AbsoluteUri, provenance);
        Assert.StartsWith("0ace7980", sdist.GetProperty("hashes").GetProperty("sha256").GetString(), StringComparison.Ordinal);
        using var attestation = await host.Client.GetAsync(new Uri(provenance));
        Assert.Equal(HttpStatusCode.OK, attestation.StatusCode);
        var html = await host.Client.GetStringAsync("simple/sampleproject/");
        Assert.Contains($"data-provenance=\"{provenance}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_AcceptsJson_ListsTheRegisteredProjects()
    {
        await using var host = await EvidenceTestHost.StartAsync();

        using var response = await GetAsync(host, "simple/", SimpleJson);
        using var index = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());

        var names = index.RootElement.GetProperty("projects").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Contains("requests", names);
        Assert.Contains("sampleproject", names);
    }

    [Fact]
    public async Task RequireBasicAuth_NoOrWrongCredentials_Answers401WithAChallenge()
    {
        await using var host = await EvidenceTestHost.StartAsync();
        host.Server.RequireBasicAuth("alice", "s3cret");

        using var anonymous = await host.Client.GetAsync("simple/requests/");
        using var wrong = await GetAsync(host, "simple/requests/", null, Basic("alice", "wrong"));
        using var right = await GetAsync(host, "simple/requests/", null, Basic("alice", "s3cret"));
        using var jsonApi = await host.Client.GetAsync("pypi/requests/json");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("Basic", anonymous.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Equal(HttpStatusCode.OK, jsonApi.StatusCode);
        Assert.Equal(Basic("alice", "s3cret").ToString(), host.Server.RequestsTo("/simple/requests/")[2].Authorization);
    }

    [Fact]
    public async Task AddSimplePage_PrivateIndexPage_RendersEveryPep691FileField()
    {
        await using var host = await EvidenceTestHost.StartAsync(loadSharedData: false);
        host.Server.AddSimplePage("Private_Pkg", Encoding.UTF8.GetBytes("""
            {"meta": {"api-version": "1.4"}, "name": "private-pkg", "files": [
              {"filename": "private_pkg-1.0.tar.gz", "url": "https://files.example/private_pkg-1.0.tar.gz?a=1&b=2",
               "hashes": {"sha256": "ab"}, "requires-python": ">=3.8", "yanked": true,
               "core-metadata": true, "provenance": "https://example/integrity/private-pkg/1.0/private_pkg-1.0.tar.gz/provenance"}]}
            """), SimplePageFormats.HtmlOnly);

        var html = await host.Client.GetStringAsync("simple/private-pkg/");

        Assert.Contains(
            "<a href=\"https://files.example/private_pkg-1.0.tar.gz?a=1&amp;b=2#sha256=ab\" data-requires-python=\"&gt;=3.8\" data-yanked=\"\" " +
            "data-dist-info-metadata=\"true\" data-core-metadata=\"true\" " +
            "data-provenance=\"https://example/integrity/private-pkg/1.0/private_pkg-1.0.tar.gz/provenance\">private_pkg-1.0.tar.gz</a>",
            html,
            StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> GetAsync(EvidenceTestHost host, string path, string? accept, AuthenticationHeaderValue? authorization = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        request.Headers.Authorization = authorization;
        return await host.Client.SendAsync(request);
    }

    private static AuthenticationHeaderValue Basic(string user, string password) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));

    private static int CountOf(string text, string fragment)
    {
        var count = 0;
        for (var at = text.IndexOf(fragment, StringComparison.Ordinal); at >= 0; at = text.IndexOf(fragment, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
