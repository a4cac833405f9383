using TrustCheck.Sources;
using TrustCheck.TestKit;
using TrustCheck.TestKit.Http.Evidence;

namespace TrustCheck.Tests.Sources.Tuf;

/// <summary>The trusted root from a file: a missing or unusable file is read again on the next call.</summary>
public sealed class TrustedRootSelectorTests : IAsyncLifetime, IDisposable
{
    private readonly TemporaryDirectory _directory = new("trustcheck-root-file-");
    private EvidenceServer _server = null!;

    private static string ProductionRoot => SharedData.PathOf("vectors/trusted_root/production.trusted_root.json");

    public async Task InitializeAsync() => _server = await EvidenceServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task GetAsync_TrustedRootFileMissingThenWritten_ThrowsUnreachableThenRecovers()
    {
        var file = Path.Combine(_directory.Path, "trusted_root.json");
        await using var host = SourceHost.Create(_server, sources: s => s.TrustedRootFile = file);

        var error = await Assert.ThrowsAsync<EvidenceSourceException>(() => host.TrustedRoot.GetAsync());
        File.Copy(ProductionRoot, file);
        var root = await host.TrustedRoot.GetAsync();

        Assert.Equal(EvidenceErrorKind.Unreachable, error.Kind);
        Assert.Contains(file, error.Message, StringComparison.Ordinal);
        Assert.NotEmpty(root.CertificateAuthorities);
    }

    [Fact]
    public async Task GetAsync_TrustedRootFileUnusableThenReplaced_ThrowsMalformedThenRecovers()
    {
        var file = Path.Combine(_directory.Path, "trusted_root.json");
        File.WriteAllText(file, "{\"mediaType\": \"not a trusted root\"}");
        await using var host = SourceHost.Create(_server, sources: s => s.TrustedRootFile = file);

        var error = await Assert.ThrowsAsync<EvidenceSourceException>(() => host.TrustedRoot.GetAsync());
        File.Copy(ProductionRoot, file, overwrite: true);
        var root = await host.TrustedRoot.GetAsync();

        Assert.Equal(EvidenceErrorKind.Malformed, error.Kind);
        Assert.NotEmpty(root.CertificateAuthorities);
    }

    [Fact]
    public async Task GetAsync_FileRead_IsKeptAfterTheFileGoesAway()
    {
        var file = Path.Combine(_directory.Path, "trusted_root.json");
        File.Copy(ProductionRoot, file);
        await using var host = SourceHost.Create(_server, sources: s => s.TrustedRootFile = file);

        var first = await host.TrustedRoot.GetAsync();
        File.Delete(file);
        var second = await host.TrustedRoot.GetAsync();

        Assert.Same(first, second);
    }
}
