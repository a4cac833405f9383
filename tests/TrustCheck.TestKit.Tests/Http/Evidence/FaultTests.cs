using System.Net;
using System.Text;
using System.Text.Json;
using TrustCheck.TestKit.Http.Evidence;

namespace TrustCheck.TestKit.Tests.Http.Evidence;

public sealed class FaultTests
{
    private const string Release = "pypi/requests/2.19.0/json";

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    public async Task Status_Queued_AnswersTheStatusOnceThenServesNormally(int status)
    {
        await using var host = await EvidenceTestHost.StartAsync();
        host.Server.Faults.Enqueue("/pypi/requests/", Fault.Status(status));

        using var failed = await host.Client.GetAsync(Release);
        using var recovered = await host.Client.GetAsync(Release);

        Assert.Equal(status, (int)failed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, recovered.StatusCode);
        Assert.Equal(0, host.Server.Faults.Pending);
    }

    [Fact]
    public async Task TooManyRequests_QueuedTwice_Answers429WithRetryAfterTwice()
    {
        await using var host = await EvidenceTestHost.StartAsync();
        host.Server.Faults.Enqueue("/pypi/requests/", Fault.TooManyRequests(TimeSpan.FromSeconds(1)), times: 2);

        var statuses = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await host.Client.GetAsync(Release);
            statuses.Add((int)response.StatusCode);
            if (i == 0)
            {
                Assert.Equal(TimeSpan.FromSeconds(1), response.Headers.RetryAfter?.Delta);
            }
        }

        Assert.Equal([429, 429, 200], statuses);
    }

    [Fact]
    public async Task ServiceUnavailable_FractionalRetryAfter_IsRoundedUpToWholeSeconds()
    {
        await using var host = await EvidenceTestHost.StartAsync();
        host.Server.Faults.Enqueue("/simple/", Fault.ServiceUnavailable(TimeSpan.FromMilliseconds(1500)));

        using var response = await host.Client.GetAsync("simple/requests/");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(2), response.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task Enqueue_OtherPrefix_LeavesUnmatchedPathsAlone()
    {
        await using var host = await EvidenceTestHost.StartAsync();
        host.Server.Faults.Enqueue("/pypi/six/", Fault.Status(500));

        using var untouched = await host.Client.GetAsync(Release);
        using var failed = await host.Client.GetAsync("pypi/six/json");

        Assert.Equal(HttpStatusCode.OK, untouched.StatusCode);
        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
    }

    [Fact]
    public async Task Enqueue_SeveralFaults_AreTakenInQueueOrder()
    {
        await using var host = await EvidenceTestHost.StartAsync();
        host.Server.Faults
            .Enqueue("/pypi/", Fault.Status(502))
            .Enqueue("/pypi/", Fault.ServiceUnavailable());

        using var first = await host.Client.GetAsync(Release);
        using var second = await host.Client.GetAsync(Release);

        Assert.Equal(HttpStatusCode.BadGateway, first.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, second.StatusCode);
    }

    [Fact]
    public async Task Stall_LongerThanTheClientTimeout_MakesTheClientTimeOut()
    {
        await using var host = await EvidenceTestHost.StartAsync(timeout: TimeSpan.FromMilliseconds(300));
        host.Server.Faults.Enqueue("/pypi/", Fault.Stall(TimeSpan.FromSeconds(30)));

        await Assert.ThrowsAsync<TaskCanceledException>(() => host.Client.GetAsync(Release));

        // The server goes on answering. Asked with a client of the usual timeout: 300 ms is what the stall is measured
        // against, not what a loaded machine (a CI run beside other work) always answers a request within.
        using var patient = new HttpClient { BaseAddress = host.Server.BaseUrl };
        using var next = await patient.GetAsync(Release);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }

    [Fact]
    public async Task Stall_ShorterThanTheClientTimeout_AnswersNormallyLate()
    {
        await using var host = await EvidenceTestHost.StartAsync();
        host.Server.Faults.Enqueue("/pypi/", Fault.Stall(TimeSpan.FromMilliseconds(200)));
        var started = TimeProvider.System.GetTimestamp();

        using var response = await host.Client.GetAsync(Release);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(TimeProvider.System.GetElapsedTime(started) >= TimeSpan.FromMilliseconds(190));
    }

    [Fact]
    public async Task Truncated_DeclaresTheFullLengthThenAbortsMidBody()
    {
        await using var host = await EvidenceTestHost.StartAsync();
        var full = File.ReadAllBytes(SharedData.PathOf("data/pypi-json-api/poetry-fixtures/requests/2.19.0.json"));
        host.Server.Faults.Enqueue("/pypi/", Fault.Truncated);

        using var response = await host.Client.GetAsync(Release, HttpCompletionOption.ResponseHeadersRead);
        using var received = new MemoryStream();
        await using var body = await response.Content.ReadAsStreamAsync();

        Assert.Equal(full.Length, response.Content.Headers.ContentLength);
        await Assert.ThrowsAnyAsync<IOException>(() => body.CopyToAsync(received));
        Assert.Equal(full[..(full.Length / 2)], received.ToArray());
    }

    [Fact]
    public async Task Truncated_BufferedRead_FailsTheRequest()
    {
        await using var host = await EvidenceTestHost.StartAsync();
        host.Server.Faults.Enqueue("/pypi/", Fault.Truncated);

        await Assert.ThrowsAsync<HttpRequestException>(() => host.Client.GetAsync(Release));
    }

    [Fact]
    public async Task MalformedJson_Answers200WithABodyThatDoesNotParse()
    {
        await using var host = await EvidenceTestHost.StartAsync();
        host.Server.Faults.Enqueue("/pypi/", Fault.MalformedJson).Enqueue("/osv/", Fault.MalformedJson);

        using var response = await host.Client.GetAsync(Release);
        using var osv = await host.PostJsonAsync("osv/v1/query", """{"package": {"name": "jinja2", "ecosystem": "PyPI"}}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(response.Content.ReadAsStream()));
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(osv.Content.ReadAsStream()));
    }

    [Fact]
    public async Task Oversized_StreamsAValidJsonBodyOfExactlyTheSizeWithoutContentLength()
    {
        await using var host = await EvidenceTestHost.StartAsync();
        host.Server.Faults.Enqueue("/pypi/", Fault.Oversized(3 * 1024 * 1024));

        using var response = await host.Client.GetAsync(Release, HttpCompletionOption.ResponseHeadersRead);
        Assert.Null(response.Content.Headers.ContentLength);
        Assert.True(response.Headers.TransferEncodingChunked);
        var body = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(3 * 1024 * 1024, body.Length);
        using var json = JsonDocument.Parse(body);
        Assert.Equal(JsonValueKind.String, json.RootElement.GetProperty("padding").ValueKind);
    }

    [Fact]
    public async Task Oversized_ClientWithABufferLimit_RejectsItAndTheServerStops()
    {
        await using var host = await EvidenceTestHost.StartAsync();
        using var limited = new HttpClient { BaseAddress = host.Server.BaseUrl, MaxResponseContentBufferSize = 1024 * 1024 };
        host.Server.Faults.Enqueue("/pypi/", Fault.Oversized(64L * 1024 * 1024, declareLength: true));

        await Assert.ThrowsAsync<HttpRequestException>(() => limited.GetAsync(Release));
        using var next = await host.Client.GetAsync(Release);

        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }

    [Fact]
    public async Task RedirectTo_SecondServer_RecordsWhetherCredentialsFollowed()
    {
        await using var host = await EvidenceTestHost.StartAsync();
        await using var other = await EvidenceServer.StartAsync();
        other.LoadSharedData();
        var target = new Uri(other.BaseUrl, Release);
        host.Server.Faults.Enqueue("/pypi/", Fault.RedirectTo(target), times: 2);

        using var manual = new HttpRequestMessage(HttpMethod.Get, Release);
        manual.Headers.Authorization = new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("alice:s3cret")));
        using var redirect = await host.Client.SendAsync(manual);
        using var following = new HttpClient { BaseAddress = host.Server.BaseUrl };
        using var followed = new HttpRequestMessage(HttpMethod.Get, Release);
        followed.Headers.Authorization = new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("alice:s3cret")));
        using var response = await following.SendAsync(followed);

        Assert.Equal(HttpStatusCode.Found, redirect.StatusCode);
        Assert.Equal(target, redirect.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var arrived = Assert.Single(other.RequestsTo("/" + Release));
        Assert.Null(arrived.Authorization);
        Assert.NotNull(host.Server.RequestsTo("/" + Release)[1].Authorization);
    }

    [Fact]
    public async Task Slow_DribblesTheBodyAtAboutTheRate()
    {
        await using var host = await EvidenceTestHost.StartAsync(loadSharedData: false);
        var body = new byte[600];
        Array.Fill(body, (byte)'x');
        host.Server.AddArtifact("slow.bin", body);
        host.Server.Faults.Enqueue("/packages/", Fault.Slow(2000));
        var started = TimeProvider.System.GetTimestamp();

        using var response = await host.Client.GetAsync("packages/slow.bin");

        Assert.Equal(body, await response.Content.ReadAsByteArrayAsync());
        Assert.True(TimeProvider.System.GetElapsedTime(started) >= TimeSpan.FromMilliseconds(250));
    }

    [Fact]
    public async Task Slow_ReadCancelledBeforeTheDribbleEnds_TimesOutAfterHeaders()
    {
        await using var host = await EvidenceTestHost.StartAsync();
        host.Server.Faults.Enqueue("/pypi/", Fault.Slow(100));

        using var response = await host.Client.GetAsync(Release, HttpCompletionOption.ResponseHeadersRead);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => response.Content.ReadAsByteArrayAsync(timeout.Token));
    }

    [Fact]
    public void Factories_InvalidArguments_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Fault.Status(42));
        Assert.Throws<ArgumentOutOfRangeException>(() => Fault.Slow(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Fault.Oversized(3));
        Assert.Throws<ArgumentException>(() => Fault.RedirectTo(new Uri("/relative", UriKind.Relative)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new FaultSchedule().Enqueue("/", Fault.Truncated, times: 0));
    }

    [Fact]
    public async Task WrongContentType_AnswersTheNormalBodyUnderTheOtherTypeWithoutValidators()
    {
        await using var host = await EvidenceTestHost.StartAsync();
        using var normal = await host.Client.GetAsync(Release);
        host.Server.Faults.Enqueue("/pypi/", Fault.WrongContentType("text/plain"));

        using var wrong = await host.Client.GetAsync(Release);

        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Equal("text/plain", wrong.Content.Headers.ContentType?.MediaType);
        Assert.Null(wrong.Headers.ETag);
        Assert.Null(wrong.Headers.CacheControl);
        Assert.Equal(await normal.Content.ReadAsByteArrayAsync(), await wrong.Content.ReadAsByteArrayAsync());
        Assert.Throws<ArgumentException>(() => Fault.WrongContentType(" "));
    }

    [Fact]
    public async Task InjectRandomly_FaultsAboutTheRateOfRequestsAndCountsThem()
    {
        await using var host = await EvidenceTestHost.StartAsync();
        host.Server.Faults.InjectRandomly(0.25, [Fault.Status(500), Fault.Status(502)], seed: 7, pathPrefix: "/pypi/");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 200; i++)
        {
            using var response = await host.Client.GetAsync(Release);
            statuses.Add(response.StatusCode);
        }

        using var elsewhere = await host.Client.GetAsync("top-pypi-packages.min.json");
        var faulted = statuses.Count(s => s != HttpStatusCode.OK);
        Assert.InRange(faulted, 30, 70);
        Assert.Equal(faulted, host.Server.Faults.RandomlyShown.Values.Sum());
        Assert.Equal(2, host.Server.Faults.RandomlyShown.Count);
        Assert.Equal(HttpStatusCode.OK, elsewhere.StatusCode);

        host.Server.Faults.StopRandom();
        using var after = await host.Client.GetAsync(Release);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task InjectRandomly_QueuedFaultsComeFirst()
    {
        await using var host = await EvidenceTestHost.StartAsync();
        host.Server.Faults.InjectRandomly(1, [Fault.Status(500)], seed: 1).Enqueue("/pypi/", Fault.Status(418));

        using var queued = await host.Client.GetAsync(Release);
        using var random = await host.Client.GetAsync(Release);

        Assert.Equal(418, (int)queued.StatusCode);
        Assert.Equal(HttpStatusCode.InternalServerError, random.StatusCode);
        Assert.Throws<ArgumentOutOfRangeException>(() => host.Server.Faults.InjectRandomly(1.5, [Fault.Truncated], seed: 1));
        Assert.Throws<ArgumentException>(() => host.Server.Faults.InjectRandomly(0.5, [], seed: 1));
    }
}
