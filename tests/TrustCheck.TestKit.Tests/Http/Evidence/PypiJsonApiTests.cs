using System.Net;
using System.Text.Json;

namespace TrustCheck.TestKit.Tests.Http.Evidence;

public sealed class PypiJsonApiTests
{
    [Fact]
    public async Task ReleaseRoute_Requests2190_ServesTheRecordedReleaseWithLegacyRequiresDist()
    {
        await using var host = await EvidenceTestHost.StartAsync();

        using var response = await host.Client.GetAsync("pypi/requests/2.19.0/json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(File.ReadAllBytes(SharedData.PathOf("data/pypi-json-api/poetry-fixtures/requests/2.19.0.json")), body);
        using var json = JsonDocument.Parse(body);
        var requiresDist = json.RootElement.GetProperty("info").GetProperty("requires_dist").EnumerateArray().Select(e => e.GetString());
        Assert.Contains("chardet (<3.1.0,>=3.0.2)", requiresDist);
    }

    [Theory]
    [InlineData("pypi/requests/2.19.0/json/")]
    [InlineData("pypi/requests/json/")]
    public async Task Routes_TrailingSlash_AreServedToo(string path)
    {
        await using var host = await EvidenceTestHost.StartAsync();

        using var response = await host.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ReleaseRoute_NonCanonicalVersionSpelling_FindsTheReleaseByCanonicalForm()
    {
        await using var host = await EvidenceTestHost.StartAsync();

        using var json = await host.GetJsonAsync("pypi/toga/0.3.0.dev1/json");

        Assert.Equal("toga", json.RootElement.GetProperty("info").GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("pypi/Requests/json", "/pypi/requests/json")]
    [InlineData("pypi/REQUESTS/2.19.0/json/", "/pypi/requests/2.19.0/json")]
    [InlineData("pypi/importlib_metadata/json", "/pypi/importlib-metadata/json")]
    [InlineData("pypi/Discord.Py/json?x=1", "/pypi/discord-py/json?x=1")]
    public async Task Routes_NonNormalizedName_Answer301ToTheNormalizedPath(string path, string location)
    {
        await using var host = await EvidenceTestHost.StartAsync();

        using var response = await host.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Routes_NonNormalizedName_FollowedRedirectEndsOnTheDocument()
    {
        await using var host = await EvidenceTestHost.StartAsync();
        using var client = new HttpClient { BaseAddress = host.Server.BaseUrl };

        using var response = await client.GetAsync("pypi/Six/json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, host.Server.RequestCount("/pypi/Six/json"));
        Assert.Equal(1, host.Server.RequestCount("/pypi/six/json"));
    }

    [Theory]
    [InlineData("pypi/doesnotexist123456/json")]
    [InlineData("pypi/requests/9.9.9/json")]
    [InlineData("pypi/requests/2.19.0/extra/json")]
    public async Task Routes_Unknown_Answer404WithPypisMessage(string path)
    {
        await using var host = await EvidenceTestHost.StartAsync();

        using var response = await host.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("{\"message\": \"Not Found\"}", await response.Content.ReadAsStringAsync());
        Assert.False(response.Headers.Contains("ETag"));
    }

    [Fact]
    public async Task ProjectRoute_PoetryFixture_IsSynthesisedFromTheRegisteredReleases()
    {
        await using var host = await EvidenceTestHost.StartAsync();

        using var json = await host.GetJsonAsync("pypi/requests/json");

        var releases = json.RootElement.GetProperty("releases").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(["2.18.0", "2.18.1", "2.18.2", "2.18.3", "2.18.4", "2.19.0"], releases);
        Assert.Equal("2.19.0", json.RootElement.GetProperty("info").GetProperty("version").GetString());
        Assert.Equal(
            json.RootElement.GetProperty("releases").GetProperty("2.19.0").GetRawText(),
            json.RootElement.GetProperty("urls").GetRawText());
    }

    [Fact]
    public async Task ProjectRoute_LatestRelease_PrefersAFinalReleaseOverANewerPreRelease()
    {
        await using var host = await EvidenceTestHost.StartAsync(loadSharedData: false);
        host.Server
            .AddRelease("demo", "1.0.0", """{"info": {"name": "demo", "version": "1.0.0", "yanked": false}, "urls": []}"""u8.ToArray())
            .AddRelease("demo", "2.0.0b1", """{"info": {"name": "demo", "version": "2.0.0b1", "yanked": false}, "urls": []}"""u8.ToArray())
            .AddRelease("demo", "1.5.0", """{"info": {"name": "demo", "version": "1.5.0", "yanked": true}, "urls": []}"""u8.ToArray())
            .SynthesizeProject("demo");

        using var json = await host.GetJsonAsync("pypi/demo/json");

        Assert.Equal("1.0.0", json.RootElement.GetProperty("info").GetProperty("version").GetString());
        Assert.Equal(["1.0.0", "1.5.0", "2.0.0b1"], json.RootElement.GetProperty("releases").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task ProjectRoute_Atomicwrites_ServesTheLiveRecordingWithItsRecordedHeaders()
    {
        await using var host = await EvidenceTestHost.StartAsync();

        using var response = await host.Client.GetAsync("pypi/atomicwrites/json");

        Assert.Equal(File.ReadAllBytes(SharedData.PathOf("data/pypi-json-api/live-recorded/atomicwrites.json")), await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("\"b2ITDcsoZOKG7Mm0Sd8UNQ\"", response.Headers.ETag?.ToString());
        Assert.Equal("max-age=900, public", response.Headers.NonValidated["Cache-Control"].ToString());
        Assert.Equal("14382305", response.Headers.GetValues("X-PyPI-Last-Serial").Single());
    }

    [Fact]
    public async Task ProjectRoute_Sampleproject_IsSynthesisedFromTheDocumentedRelease()
    {
        await using var host = await EvidenceTestHost.StartAsync();

        using var project = await host.GetJsonAsync("pypi/sampleproject/json");
        using var release = await host.GetJsonAsync("pypi/sampleproject/4.0.0/json");

        Assert.True(project.RootElement.GetProperty("releases").TryGetProperty("4.0.0", out _));
        var sdist = release.RootElement.GetProperty("urls").EnumerateArray().Single(f => f.GetProperty("packagetype").GetString() == "sdist");
        Assert.StartsWith("0ace7980", sdist.GetProperty("digests").GetProperty("sha256").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Routes_Post_Answer405()
    {
        await using var host = await EvidenceTestHost.StartAsync();

        using var response = await host.PostJsonAsync("pypi/requests/json", "{}");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
