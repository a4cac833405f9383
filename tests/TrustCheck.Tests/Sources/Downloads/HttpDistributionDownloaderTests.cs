using System.Security.Cryptography;
using TrustCheck.Sources;
using TrustCheck.TestKit.Http.Evidence;

namespace TrustCheck.Tests.Sources.Downloads;

/// <summary>Downloading and hashing distributions over real HTTP (the loopback server), with its failures.</summary>
public sealed class HttpDistributionDownloaderTests : IAsyncLifetime
{
    private const string Filename = "demo-1.0.tar.gz";
    private static readonly byte[] Content = RandomBytes(300 * 1024 + 17);
    private EvidenceServer _server = null!;

    public async Task InitializeAsync() => _server = (await EvidenceServer.StartAsync()).AddArtifact(Filename, Content);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task DownloadAndHashAsync_ServedFile_HashesEveryByte()
    {
        await using var host = SourceHost.Create(_server);

        var downloaded = await host.Get<IDistributionDownloader>().DownloadAndHashAsync(_server.ArtifactUrl(Filename), CancellationToken.None);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Content)), downloaded.Sha256);
        Assert.Equal(Content.Length, downloaded.Length);
    }

    [Fact]
    public async Task DownloadAndHashAsync_Twice_DownloadsTwiceBecauseDownloadsAreNeverCached()
    {
        await using var host = SourceHost.Create(_server);
        var downloader = host.Get<IDistributionDownloader>();

        await downloader.DownloadAndHashAsync(_server.ArtifactUrl(Filename), CancellationToken.None);
        await downloader.DownloadAndHashAsync(_server.ArtifactUrl(Filename), CancellationToken.None);

        Assert.Equal(2, _server.RequestCount(_server.ArtifactUrl(Filename).AbsolutePath));
    }

    [Fact]
    public async Task DownloadAndHashAsync_MissingFile_FailsWithTheStatusAndTheUrl()
    {
        await using var host = SourceHost.Create(_server);

        var error = await Assert.ThrowsAsync<EvidenceSourceException>(() =>
            host.Get<IDistributionDownloader>().DownloadAndHashAsync(_server.ArtifactUrl("absent-1.0.tar.gz"), CancellationToken.None));

        Assert.Equal(EvidenceErrorKind.HttpStatus, error.Kind);
        Assert.Equal(404, error.StatusCode);
        Assert.Contains("absent-1.0.tar.gz", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DownloadAndHashAsync_LargerThanTheLimit_FailsAsTooLarge()
    {
        await using var host = SourceHost.Create(_server, sources: s => s.MaxDownloadBytes = 64 * 1024);

        var error = await Assert.ThrowsAsync<EvidenceSourceException>(() =>
            host.Get<IDistributionDownloader>().DownloadAndHashAsync(_server.ArtifactUrl(Filename), CancellationToken.None));

        Assert.Equal(EvidenceErrorKind.TooLarge, error.Kind);
    }

    [Fact]
    public async Task DownloadAndHashAsync_BodyStalls_FailsAsTimeoutNamingTheBytesReceived()
    {
        _server.Faults.Enqueue(_server.ArtifactUrl(Filename).AbsolutePath, Fault.StallMidBody(TimeSpan.FromSeconds(30)));
        await using var host = SourceHost.Create(_server, http: h => h.AttemptTimeout = TimeSpan.FromMilliseconds(500));

        var error = await Assert.ThrowsAsync<EvidenceSourceException>(() =>
            host.Get<IDistributionDownloader>().DownloadAndHashAsync(_server.ArtifactUrl(Filename), CancellationToken.None));

        Assert.Equal(EvidenceErrorKind.Timeout, error.Kind);
        Assert.Contains("stalled", error.Message, StringComparison.Ordinal);
        Assert.Contains($"after {Content.Length / 2} bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DownloadAndHashAsync_BodyCutOff_FailsRatherThanHashingPart()
    {
        _server.Faults.Enqueue(_server.ArtifactUrl(Filename).AbsolutePath, Fault.Truncated);
        await using var host = SourceHost.Create(_server);

        var error = await Assert.ThrowsAsync<EvidenceSourceException>(() =>
            host.Get<IDistributionDownloader>().DownloadAndHashAsync(_server.ArtifactUrl(Filename), CancellationToken.None));

        Assert.Contains(error.Kind, new[] { EvidenceErrorKind.Truncated, EvidenceErrorKind.Unreachable });
    }

    [Fact]
    public async Task DownloadAndHashAsync_Cancelled_Throws()
    {
        await using var host = SourceHost.Create(_server);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            host.Get<IDistributionDownloader>().DownloadAndHashAsync(_server.ArtifactUrl(Filename), new CancellationToken(canceled: true)));
    }

    [Fact]
    public async Task DownloadAsync_ServedFile_KeepsEveryByteWithItsDigest()
    {
        await using var host = SourceHost.Create(_server);

        var downloaded = await host.Get<IDistributionDownloader>().DownloadAsync(_server.ArtifactUrl(Filename), CancellationToken.None);

        Assert.Equal(Content, downloaded.Content.ToArray());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Content)), downloaded.Sha256);
    }

    [Fact]
    public async Task DownloadAsync_LargerThanTheLimitOrCutOff_Fails()
    {
        await using var limited = SourceHost.Create(_server, sources: s => s.MaxDownloadBytes = 64 * 1024);
        var tooLarge = await Assert.ThrowsAsync<EvidenceSourceException>(() => limited.Get<IDistributionDownloader>().DownloadAsync(_server.ArtifactUrl(Filename), CancellationToken.None));
        _server.Faults.Enqueue(_server.ArtifactUrl(Filename).AbsolutePath, Fault.Truncated);
        await using var host = SourceHost.Create(_server);
        var cut = await Assert.ThrowsAsync<EvidenceSourceException>(() => host.Get<IDistributionDownloader>().DownloadAsync(_server.ArtifactUrl(Filename), CancellationToken.None));

        Assert.Equal(EvidenceErrorKind.TooLarge, tooLarge.Kind);
        Assert.Contains(cut.Kind, new[] { EvidenceErrorKind.Truncated, EvidenceErrorKind.Unreachable });
    }

    private static byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        new Random(740).NextBytes(bytes);
        return bytes;
    }
}
