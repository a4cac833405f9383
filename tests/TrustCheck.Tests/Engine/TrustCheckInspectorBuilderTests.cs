using TrustCheck.Hosting;
using TrustCheck.Packaging;
using TrustCheck.Reports;
using TrustCheck.TestKit.Http.Evidence;

namespace TrustCheck.Tests.Engine;

public sealed class TrustCheckInspectorBuilderTests
{
    [Fact]
    public async Task Build_WithoutAContainer_InspectsLikeTheRegisteredInspector()
    {
        await using var server = (await EvidenceServer.StartAsync()).LoadSharedData();
        await using var trustCheck = new TrustCheckInspectorBuilder()
            .UseCacheDirectory(null)
            .UseStateDirectory(null)
            .ConfigureSources(s =>
            {
                s.PyPiUrl = server.PypiUrl;
                s.IndexUrl = server.IndexUrl;
                s.OsvUrl = server.OsvUrl;
                s.TrustedRootFile = InspectorScenarioTests.TrustedRoot;
            })
            .Build();

        var report = await trustCheck.InspectAsync(InspectorScenarioTests.Request("sampleproject", "4.0.0"));

        var package = Assert.Single(report.Packages);
        Assert.Equal(PackageName.Parse("sampleproject").Normalized, package.Name);
        Assert.Equal("verified", Assert.Single(package.Files, f => f.Filename == "sampleproject-4.0.0.tar.gz").Provenance.Status);
        Assert.NotEqual(Recommendation.HighRisk, package.Recommendation);
    }
}
