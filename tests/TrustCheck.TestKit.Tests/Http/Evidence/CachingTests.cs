using System.Net;
using System.Net.Http.Headers;

namespace TrustCheck.TestKit.Tests.Http.Evidence;

public sealed class CachingTests
{
    [Fact]
    public async Task JsonApi_Response_CarriesAStrongBodyHashTagAndPypisLifetime()
    {
        await using var host = await EvidenceTestHost.StartAsync();

        using var first = await host.Client.GetAsync("pypi/requests/2.19.0/json");
        using var second = await host.Client.GetAsync("pypi/requests/2.19.0/json");
        using var other = await host.Client.GetAsync("pypi/requests/2.18.0/json");

        var etag = first.Headers.ETag!;
        Assert.False(etag.IsWeak);
        Assert.Matches("^\"[A-Za-z0-9_-]{22}\"$", etag.Tag);
        Assert.Equal(etag, second.Headers.ETag);
        Assert.NotEqual(etag, other.Headers.ETag);
        Assert.Equal("max-age=900, public", first.Headers.NonValidated["Cache-Control"].ToString());
    }

    [Fact]
    public async Task IfNoneMatch_MatchingTag_Answers304WithoutBodyAndCountsIt()
    {
        await using var host = await EvidenceTestHost.StartAsync();
        using var first = await host.Client.GetAsync("pypi/requests/2.19.0/json");
        var etag = first.Headers.ETag!;

        using var request = new HttpRequestMessage(HttpMethod.Get, "pypi/requests/2.19.0/json");
        request.Headers.IfNoneMatch.Add(etag);
        using var revalidated = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Empty(await revalidated.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, revalidated.Headers.ETag);
        Assert.Equal("max-age=900, public", revalidated.Headers.NonValidated["Cache-Control"].ToString());
        Assert.Equal(2, host.Server.RequestCount("/pypi/requests/2.19.0/json"));
        Assert.Equal(1, host.Server.NotModifiedCount("pypi/requests/2.19.0/json"));
        Assert.Equal(etag.Tag, host.Server.RequestsTo("/pypi/requests/2.19.0/json")[1].IfNoneMatch);
    }

    [Theory]
    [InlineData("\"other\"", HttpStatusCode.OK)]
    [InlineData("*", HttpStatusCode.NotModified)]
    [InlineData("\"other\", W/\"b2ITDcsoZOKG7Mm0Sd8UNQ\"", HttpStatusCode.NotModified)]
    public async Task IfNoneMatch_RecordedTag_IsComparedWeaklyAsRfc9110Says(string ifNoneMatch, HttpStatusCode expected)
    {
        await using var host = await EvidenceTestHost.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "pypi/atomicwrites/json");
        request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Caching_ConfiguredLifetimes_AreSentPerApi()
    {
        await using var host = await EvidenceTestHost.StartAsync();
        host.Server.Caching.JsonApiMaxAge = TimeSpan.FromSeconds(5);
        host.Server.Caching.SimpleMaxAge = TimeSpan.FromMinutes(1);

        using var json = await host.Client.GetAsync("pypi/six/json");
        using var simple = await host.Client.GetAsync("simple/six/");

        Assert.Equal(TimeSpan.FromSeconds(5), json.Headers.CacheControl?.MaxAge);
        Assert.True(json.Headers.CacheControl?.Public);
        Assert.Equal(TimeSpan.FromMinutes(1), simple.Headers.CacheControl?.MaxAge);
    }

    [Fact]
    public async Task AddRelease_ChangedBody_ChangesTheTagSoRevalidationRefetches()
    {
        await using var host = await EvidenceTestHost.StartAsync(loadSharedData: false);
        host.Server.AddRelease("demo", "1.0", """{"info": {"version": "1.0"}}"""u8.ToArray());
        using var first = await host.Client.GetAsync("pypi/demo/1.0/json");
        host.Server.AddRelease("demo", "1.0", """{"info": {"version": "1.0", "yanked": true}}"""u8.ToArray());

        using var request = new HttpRequestMessage(HttpMethod.Get, "pypi/demo/1.0/json");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var second = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(0, host.Server.NotModifiedCount("/pypi/demo/1.0/json"));
    }

    [Fact]
    public async Task Requests_Headers_AreRecordedPerRequest()
    {
        await using var host = await EvidenceTestHost.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "simple/requests/");
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("trustcheck", "0.1.0"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/vnd.pypi.simple.v1+json"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "token");

        using var response = await host.Client.SendAsync(request);

        var recorded = Assert.Single(host.Server.Requests);
        Assert.Equal("GET", recorded.Method);
        Assert.Equal("/simple/requests/", recorded.Path);
        Assert.Equal("trustcheck/0.1.0", recorded.UserAgent);
        Assert.Equal("application/vnd.pypi.simple.v1+json", recorded.Accept);
        Assert.Equal("Bearer token", recorded.Authorization);
        Assert.Null(recorded.IfNoneMatch);
        Assert.Equal(200, recorded.StatusCode);
        Assert.Equal(1, host.Server.TotalRequests);
    }

    [Fact]
    public async Task ResetStatistics_AfterRequests_ForgetsCountsButKeepsContent()
    {
        await using var host = await EvidenceTestHost.StartAsync();
        using var first = await host.Client.GetAsync("pypi/six/json");

        host.Server.ResetStatistics();
        using var second = await host.Client.GetAsync("pypi/six/json");

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(1, host.Server.TotalRequests);
        Assert.Equal(1, host.Server.RequestCount("/pypi/six/json"));
    }
}
