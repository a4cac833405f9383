using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using System.Diagnostics;
using TrustCheck.Evidence.Provenance;
using TrustCheck.Packaging;
using TrustCheck.Sources;
using TrustCheck.TestKit.Http.Evidence;

namespace TrustCheck.Tests.Sources;

/// <summary>The HTTP behaviour under the fault matrix, against the real loopback server.</summary>
public sealed class ResilienceTests : IAsyncLifetime
{
    private const string ReleasePath = "/pypi/requests/2.19.0/json";
    private static readonly PackageName Requests = PackageName.Parse("requests");
    private EvidenceServer _server = null!;

    public async Task InitializeAsync() => _server = (await EvidenceServer.StartAsync()).LoadSharedData();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Get_TooManyRequestsWithRetryAfter_WaitsAsToldThenSucceeds()
    {
        _server.Faults.Enqueue(ReleasePath, Fault.TooManyRequests(TimeSpan.FromSeconds(2)));
        await using var host = SourceHost.Create(_server);
        var clock = Stopwatch.StartNew();

        var release = await host.PyPi.GetReleaseAsync(Requests, "2.19.0");

        Assert.NotNull(release);
        Assert.Equal(2, _server.RequestCount(ReleasePath));
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(1.9), $"retried after {clock.Elapsed}, before the 2 s Retry-After");
    }

    [Fact]
    public async Task Get_ServiceUnavailableTwice_RetriesWithBackoffAndSucceeds()
    {
        _server.Faults.Enqueue(ReleasePath, Fault.ServiceUnavailable(), times: 2);
        await using var host = SourceHost.Create(_server);

        var release = await host.PyPi.GetReleaseAsync(Requests, "2.19.0");

        Assert.NotNull(release);
        Assert.Equal(3, _server.RequestCount(ReleasePath));
    }

    [Fact]
    public async Task Get_PersistentServerError_FailsAfterTheRetriesWithTheStatus()
    {
        _server.Faults.Enqueue(ReleasePath, Fault.Status(500), times: 10);
        await using var host = SourceHost.Create(_server, http: h => h.MaxRetries = 2);

        var error = await Assert.ThrowsAsync<EvidenceSourceException>(() => host.PyPi.GetReleaseAsync(Requests, "2.19.0"));

        Assert.Equal(EvidenceErrorKind.HttpStatus, error.Kind);
        Assert.Equal(500, error.StatusCode);
        Assert.Equal(3, _server.RequestCount(ReleasePath));
        Assert.Contains(ReleasePath, error.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ClientError_IsNotRetried()
    {
        _server.Faults.Enqueue(ReleasePath, Fault.Status(403), times: 10);
        await using var host = SourceHost.Create(_server);

        var error = await Assert.ThrowsAsync<EvidenceSourceException>(() => host.PyPi.GetReleaseAsync(Requests, "2.19.0"));

        Assert.Equal(403, error.StatusCode);
        Assert.Equal(1, _server.RequestCount(ReleasePath));
    }

    [Fact]
    public async Task Get_StallPastTheAttemptTimeout_IsRetried()
    {
        _server.Faults.Enqueue(ReleasePath, Fault.Stall(TimeSpan.FromSeconds(20)));
        await using var host = SourceHost.Create(_server, http: h => h.AttemptTimeout = TimeSpan.FromMilliseconds(500));

        var release = await host.PyPi.GetReleaseAsync(Requests, "2.19.0");

        Assert.NotNull(release);
        Assert.Equal(2, _server.RequestCount(ReleasePath));
    }

    [Fact]
    public async Task Get_StallingEveryTime_IsATimeout()
    {
        _server.Faults.Enqueue(ReleasePath, Fault.Stall(TimeSpan.FromSeconds(20)), times: 10);
        await using var host = SourceHost.Create(_server, http: h => (h.AttemptTimeout, h.MaxRetries) = (TimeSpan.FromMilliseconds(300), 1));

        var error = await Assert.ThrowsAsync<EvidenceSourceException>(() => host.PyPi.GetReleaseAsync(Requests, "2.19.0"));

        Assert.Equal(EvidenceErrorKind.Timeout, error.Kind);
        Assert.Equal(2, _server.RequestCount(ReleasePath));
    }

    [Fact]
    public async Task Get_TruncatedBodyOnce_IsRetried()
    {
        _server.Faults.Enqueue(ReleasePath, Fault.Truncated);
        await using var host = SourceHost.Create(_server);

        var release = await host.PyPi.GetReleaseAsync(Requests, "2.19.0");

        Assert.Equal("2.19.0", release!.Info.Version);
        Assert.Equal(2, _server.RequestCount(ReleasePath));
    }

    [Fact]
    public async Task Get_TruncatedEveryTime_IsATruncationError()
    {
        _server.Faults.Enqueue(ReleasePath, Fault.Truncated, times: 10);
        await using var host = SourceHost.Create(_server, http: h => h.MaxRetries = 1);

        var error = await Assert.ThrowsAsync<EvidenceSourceException>(() => host.PyPi.GetReleaseAsync(Requests, "2.19.0"));

        Assert.Equal(EvidenceErrorKind.Truncated, error.Kind);
    }

    [Fact]
    public async Task Get_MalformedJson_IsAMalformedErrorAndIsNotCached()
    {
        _server.Faults.Enqueue(ReleasePath, Fault.MalformedJson);
        await using var host = SourceHost.Create(_server);

        var error = await Assert.ThrowsAsync<EvidenceSourceException>(() => host.PyPi.GetReleaseAsync(Requests, "2.19.0"));
        var release = await host.PyPi.GetReleaseAsync(Requests, "2.19.0");

        Assert.Equal(EvidenceErrorKind.Malformed, error.Kind);
        Assert.Contains(ReleasePath, error.Message, StringComparison.Ordinal);
        Assert.NotNull(release);
        Assert.Equal(2, _server.RequestCount(ReleasePath));
    }

    [Fact]
    public async Task Get_DeeplyNestedJson_IsMalformedNotAStackOverflow()
    {
        var nested = new string('[', 100_000) + new string(']', 100_000);
        _server.AddRelease("deep", "1.0", System.Text.Encoding.UTF8.GetBytes("{\"info\":{\"name\":\"deep\",\"version\":\"1.0\",\"x\":" + nested + "}}"));
        await using var host = SourceHost.Create(_server);

        var error = await Assert.ThrowsAsync<EvidenceSourceException>(() => host.PyPi.GetReleaseAsync(PackageName.Parse("deep"), "1.0"));

        Assert.Equal(EvidenceErrorKind.Malformed, error.Kind);
        Assert.Contains("depth", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Get_OversizedProvenance_IsRefused(bool declareLength)
    {
        const string path = "/integrity/pypi-attestations/0.0.19/pypi_attestations-0.0.19.tar.gz/provenance";
        _server.Faults.Enqueue(path, Fault.Oversized(6 * 1024 * 1024, declareLength));
        await using var host = SourceHost.Create(_server);

        var error = await Assert.ThrowsAsync<EvidenceSourceException>(() =>
            host.Provenance.GetProvenanceAsync(new ProvenanceRequest(PackageName.Parse("pypi-attestations"), "0.0.19", "pypi_attestations-0.0.19.tar.gz")));

        Assert.Equal(EvidenceErrorKind.TooLarge, error.Kind);
        Assert.Equal(1, _server.RequestCount(path));
    }

    [Fact]
    public async Task Get_PyPiJsonDocumentOverItsLimit_IsTooLargeNamingTheLimit()
    {
        _server.Faults.Enqueue("/pypi/requests/2.19.0/json", Fault.Oversized(129L * 1024 * 1024, declareLength: true));
        await using var host = SourceHost.Create(_server);

        var error = await Assert.ThrowsAsync<EvidenceSourceException>(() => host.PyPi.GetReleaseAsync(Requests, "2.19.0"));

        Assert.Equal(EvidenceErrorKind.TooLarge, error.Kind);
        Assert.Contains("/pypi/requests/2.19.0/json", error.Message, StringComparison.Ordinal);
        Assert.Contains("limit of 128 MiB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_SimplePageOverItsLimit_IsTooLargeNamingTheLimit()
    {
        _server.Faults.Enqueue("/simple/requests/", Fault.Oversized(129L * 1024 * 1024, declareLength: true));
        await using var host = SourceHost.Create(_server);

        var error = await Assert.ThrowsAsync<EvidenceSourceException>(() => host.Indexes.Primary.GetProjectPageAsync(Requests));

        Assert.Equal(EvidenceErrorKind.TooLarge, error.Kind);
        Assert.Contains("/simple/requests/", error.Message, StringComparison.Ordinal);
        Assert.Contains("limit of 128 MiB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_OsvRecordOverItsLimitWithoutALength_IsTooLargeNamingTheLimit()
    {
        _server.Faults.Enqueue("/osv/v1/vulns/PYSEC-2014-13", Fault.Oversized(9L * 1024 * 1024, declareLength: false));
        await using var host = SourceHost.Create(_server);

        var error = await Assert.ThrowsAsync<EvidenceSourceException>(() => ((TrustCheck.Sources.Osv.OsvClient)host.Osv).GetAsync("PYSEC-2014-13"));

        Assert.Equal(EvidenceErrorKind.TooLarge, error.Kind);
        Assert.Contains("larger than this endpoint's limit of 8 MiB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_SlowButInTime_Succeeds()
    {
        _server.Faults.Enqueue("/pypi/six/", Fault.Slow(64 * 1024));
        await using var host = SourceHost.Create(_server);

        var release = await host.PyPi.GetReleaseAsync(PackageName.Parse("six"), "1.11.0");

        Assert.NotNull(release);
    }

    [Fact]
    public async Task Get_RedirectToAnotherHost_FollowsWithoutTheCredentials()
    {
        await using var other = (await EvidenceServer.StartAsync()).LoadSharedData();
        _server.Faults.Enqueue("/simple/requests/", Fault.RedirectTo(new Uri(other.IndexUrl, "requests/")));
        var index = new UriBuilder(_server.IndexUrl) { UserName = "ci", Password = "s3cret-token" }.Uri;
        await using var host = SourceHost.Create(_server, sources: s => s.IndexUrl = index);

        var page = await host.Indexes.Primary.GetProjectPageAsync(Requests);

        Assert.NotNull(page);
        Assert.StartsWith("Basic ", Assert.Single(_server.RequestsTo("/simple/requests/")).Authorization, StringComparison.Ordinal);
        Assert.Null(Assert.Single(other.RequestsTo("/simple/requests/")).Authorization);
    }

    [Fact]
    public async Task Get_RedirectToPlainHttpElsewhere_IsRefused()
    {
        _server.Faults.Enqueue(ReleasePath, Fault.RedirectTo(new Uri("http://pypi.invalid/pypi/requests/2.19.0/json")));
        await using var host = SourceHost.Create(_server);

        var error = await Assert.ThrowsAsync<EvidenceSourceException>(() => host.PyPi.GetReleaseAsync(Requests, "2.19.0"));

        Assert.Equal(EvidenceErrorKind.UnsafeRedirect, error.Kind);
    }

    [Fact]
    public async Task Get_ManyPackagesAtOnce_StaysWithinTheHostsConcurrencyLimit()
    {
        _server.AddSyntheticPackages(40);
        _server.Latency = TimeSpan.FromMilliseconds(100);
        await using var host = SourceHost.Create(_server, http: h => h.MaxConcurrencyPerHost = 4);

        var projects = await Task.WhenAll(Enumerable.Range(1, 40).Select(i => host.PyPi.GetProjectAsync(PackageName.Parse($"synthetic-pkg-{i:D4}"))));

        Assert.All(projects, Assert.NotNull);
        Assert.InRange(_server.MaxConcurrentRequests("/pypi/"), 2, 4);
    }

    [Fact]
    public async Task Get_HostKeepsFailing_OpensTheCircuitAndStopsSending()
    {
        _server.Faults.Enqueue("/pypi/", Fault.Status(500), times: 100);
        await using var host = SourceHost.Create(_server, http: h =>
        {
            h.MaxRetries = 0;
            h.CircuitBreakerMinimumThroughput = 4;
            h.CircuitBreakerFailureRatio = 0.5;
            h.CircuitBreakerBreakDuration = TimeSpan.FromSeconds(30);
        });
        var kinds = new List<EvidenceErrorKind>();

        for (var i = 0; i < 10; i++)
        {
            var error = await Assert.ThrowsAsync<EvidenceSourceException>(() => host.PyPi.GetReleaseAsync(Requests, "2.19.0"));
            kinds.Add(error.Kind);
        }

        Assert.Contains(EvidenceErrorKind.CircuitOpen, kinds);
        Assert.True(_server.RequestCount(ReleasePath) < 10, $"{_server.RequestCount(ReleasePath)} requests reached the failing host");
    }

    [Fact]
    public async Task Errors_IndexWithCredentials_NeverShowTheSecret()
    {
        var secret = "hunter2-" + Guid.NewGuid().ToString("N");
        var index = new UriBuilder(_server.IndexUrl) { UserName = "ci", Password = secret }.Uri;
        _server.Faults.Enqueue("/simple/requests/", Fault.Status(502), times: 10);
        var logs = new TestKit.Logging.RecordingLoggerProvider();
        await using var host = SourceHost.Create(
            _server,
            sources: s => s.IndexUrl = index,
            http: h => h.MaxRetries = 1,
            services: s => s.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace)));

        var error = await Assert.ThrowsAsync<EvidenceSourceException>(() => host.Indexes.Primary.GetProjectPageAsync(Requests));

        Assert.DoesNotContain(secret, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, error.Url, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(secret, host.Indexes.Primary.Url, StringComparison.Ordinal);
        Assert.NotEmpty(logs.Messages);
        Assert.DoesNotContain(logs.Messages, m => m.Contains(secret, StringComparison.Ordinal));
    }
}
