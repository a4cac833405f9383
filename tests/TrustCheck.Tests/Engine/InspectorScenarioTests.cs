using TrustCheck.Inspection;
using TrustCheck.Packaging;
using TrustCheck.Reports;
using TrustCheck.TestKit;
using TrustCheck.TestKit.Http.Evidence;
using TrustCheck.Tests.Sources;

namespace TrustCheck.Tests.Engine;

/// <summary>The inspector end to end: real HTTP (loopback server with recorded data) and real crypto.</summary>
public sealed class InspectorScenarioTests : IAsyncLifetime
{
    private EvidenceServer _server = null!;

    public async Task InitializeAsync() => _server = (await EvidenceServer.StartAsync()).LoadSharedData();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    internal static string TrustedRoot => SharedData.PathOf("vectors/trusted_root/production.trusted_root.json");

    [Fact]
    public async Task InspectAsync_Sampleproject400_SdistProvenanceVerifies()
    {
        await using var host = SourceHost.Create(_server, sources: s => s.TrustedRootFile = TrustedRoot);

        var report = await host.Get<ITrustInspector>().InspectAsync(new InspectionRequest { Packages = [new PackageRequest(PackageName.Parse("sampleproject"), "4.0.0")] });

        var package = Assert.Single(report.Packages);
        var sdist = Assert.Single(package.Files, f => f.Filename == "sampleproject-4.0.0.tar.gz");
        Assert.Equal("verified", sdist.Provenance.Status);
        Assert.Equal(new PublisherReport("GitHub", "pypa/sampleproject", "release.yml", null), sdist.Provenance.Publisher);
        Assert.True(report.Policy.Passed);
    }
}
