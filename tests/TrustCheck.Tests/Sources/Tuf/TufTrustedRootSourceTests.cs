using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TrustCheck.Attestations.Tuf;
using TrustCheck.Sources;
using TrustCheck.TestKit;
using TrustCheck.TestKit.Http.Evidence;

namespace TrustCheck.Tests.Sources.Tuf;

/// <summary>The trusted root through TUF over the loopback server: a failed attempt is not kept, the next call recovers.</summary>
public sealed class TufTrustedRootSourceTests : IAsyncLifetime, IDisposable
{
    private const int MaxRetries = 1;

    private static readonly FixedTimeProvider Clock = new(DateTimeOffset.Parse("2026-08-22T00:00:00Z", CultureInfo.InvariantCulture));

    private readonly TemporaryDirectory _cache = new("trustcheck-tuf-root-");
    private EvidenceServer _server = null!;

    public async Task InitializeAsync() => _server = await EvidenceServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _cache.Dispose();

    [Fact]
    public async Task GetAsync_TufAnswers503BeyondRetries_ThrowsTheUpstreamErrorThenRecovers()
    {
        _server.Faults.Enqueue("/tuf/timestamp.json", Fault.ServiceUnavailable(), times: MaxRetries + 1);
        await using var host = CreateHost();

        var error = await Assert.ThrowsAsync<EvidenceSourceException>(() => host.TrustedRoot.GetAsync());
        var root = await host.TrustedRoot.GetAsync();

        Assert.Equal(EvidenceErrorKind.HttpStatus, error.Kind);
        Assert.Contains("503", error.Message, StringComparison.Ordinal);
        Assert.NotEmpty(root.CertificateAuthorities);
    }

    [Fact]
    public async Task GetAsync_TufFileNotJsonOnce_ThrowsMalformedThenRecovers()
    {
        _server.Faults.Enqueue("/tuf/timestamp.json", Fault.MalformedJson);
        await using var host = CreateHost();

        var error = await Assert.ThrowsAsync<EvidenceSourceException>(() => host.TrustedRoot.GetAsync());
        var root = await host.TrustedRoot.GetAsync();

        Assert.Equal(EvidenceErrorKind.Malformed, error.Kind);
        Assert.Contains("timestamp.json", error.Message, StringComparison.Ordinal);
        Assert.NotEmpty(root.CertificateAuthorities);
    }

    [Fact]
    public async Task GetAsync_TufFileTruncatedBeyondRetries_ThrowsTruncatedThenRecovers()
    {
        _server.Faults.Enqueue("/tuf/timestamp.json", Fault.Truncated, times: MaxRetries + 1);
        await using var host = CreateHost();

        var error = await Assert.ThrowsAsync<EvidenceSourceException>(() => host.TrustedRoot.GetAsync());
        var root = await host.TrustedRoot.GetAsync();

        Assert.Equal(EvidenceErrorKind.Truncated, error.Kind);
        Assert.NotEmpty(root.CertificateAuthorities);
    }

    [Fact]
    public async Task GetAsync_BadlySignedTimestampKeptInTheCache_IsRevalidatedAndRecovers()
    {
        // A well-formed but badly signed timestamp.json is an answer the HTTP cache keeps (fresh for minutes); the
        // attempt after the failure must ask the server again rather than fail on the kept copy.
        using var tampered = new TemporaryDirectory("trustcheck-tuf-tampered-");
        CopyDirectory(SharedData.PathOf("vectors/tuf/sigstore-production"), tampered.Path);
        var timestamp = Path.Combine(tampered.Path, "timestamp.json");
        var node = JsonNode.Parse(File.ReadAllBytes(timestamp))!.AsObject();
        node["signed"]!["version"] = node["signed"]!["version"]!.GetValue<long>() + 1;
        File.WriteAllText(timestamp, node.ToJsonString());
        _server.TufDirectory = tampered.Path;
        await using var host = CreateHost();

        var error = await Assert.ThrowsAsync<EvidenceSourceException>(() => host.TrustedRoot.GetAsync());
        _server.TufDirectory = null;
        var root = await host.TrustedRoot.GetAsync();

        Assert.Equal(EvidenceErrorKind.Malformed, error.Kind);
        Assert.NotEmpty(root.CertificateAuthorities);
        Assert.True(_server.RequestCount("/tuf/timestamp.json") >= 2);
    }

    [Fact]
    public async Task GetAsync_FirstCallerCancelledDuringTheLoad_LaterCallerGetsTheRoot()
    {
        _server.Latency = TimeSpan.FromMilliseconds(100);
        await using var host = CreateHost();
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(20));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => host.TrustedRoot.GetAsync(cancellation.Token));
        var root = await host.TrustedRoot.GetAsync();

        Assert.NotEmpty(root.CertificateAuthorities);
    }

    [Fact]
    public async Task GetAsync_AfterSuccess_KeepsTheRootWithoutAskingAgain()
    {
        await using var host = CreateHost();

        var first = await host.TrustedRoot.GetAsync();
        var requests = _server.TotalRequests;
        var second = await host.TrustedRoot.GetAsync();

        Assert.Same(first, second);
        Assert.Equal(requests, _server.TotalRequests);
    }

    private SourceHost CreateHost()
    {
        var pin = new TufRootPin(15, Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(SharedData.PathOf("vectors/tuf/sigstore-production/15.root.json")))));
        return SourceHost.Create(
            _server,
            cacheDirectory: _cache.Path,
            http: h => h.MaxRetries = MaxRetries,
            sources: s => s.TufRootPin = pin,
            services: s => s.AddSingleton<TimeProvider>(Clock));
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
