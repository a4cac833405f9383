using TrustCheck.Engine.Evidence;
using TrustCheck.Evidence.Release;
using TrustCheck.Packaging;
using TrustCheck.Sources;
using TrustCheck.TestKit;
using TrustCheck.TestKit.Http.Evidence;
using TrustCheck.Tests.Sources;

namespace TrustCheck.Tests.Engine.Evidence;

public sealed class ReleaseEvidenceLoaderTests : IAsyncLifetime, IDisposable
{
    private readonly TemporaryDirectory _directory = new("trustcheck-loader-root-");
    private EvidenceServer _server = null!;

    public async Task InitializeAsync() => _server = (await EvidenceServer.StartAsync()).LoadSharedData();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task LoadAsync_TrustedRootUnavailableAtFirst_VerifiesOnTheNextLoad()
    {
        var file = Path.Combine(_directory.Path, "trusted_root.json");
        await using var host = SourceHost.Create(_server, sources: s => s.TrustedRootFile = file, services: InspectorScenarioTests.FixedClock);
        var loader = host.Get<ReleaseEvidenceLoader>();

        await Assert.ThrowsAsync<EvidenceSourceException>(() => loader.LoadAsync(PackageName.Parse("sampleproject"), "4.0.0", verifyDownloads: false, inspectArtifacts: false, CancellationToken.None));
        File.Copy(InspectorScenarioTests.TrustedRoot, file);
        var evidence = await loader.LoadAsync(PackageName.Parse("sampleproject"), "4.0.0", verifyDownloads: false, inspectArtifacts: false, CancellationToken.None);

        Assert.Equal(ProvenanceOutcome.Verified, Assert.Single(evidence.Files, f => f.Filename == "sampleproject-4.0.0.tar.gz").Provenance.Outcome);
    }
}
