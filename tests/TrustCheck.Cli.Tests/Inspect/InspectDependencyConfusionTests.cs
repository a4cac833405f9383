using System.Text.Json;
using TrustCheck.TestKit.Http.Evidence;
using TrustCheck.TestKit.Http.Evidence.Synthetic;

namespace TrustCheck.Cli.Tests.Inspect;

/// <summary>
/// <c>inspect internal-utils --extra-index-url … --internal-package internal-*</c> against a public loopback index and
/// an authenticated private one: the public 9.9.9 shadows the private 1.2.0, and the policy fails.
/// </summary>
public sealed class InspectDependencyConfusionTests : InspectCliTests
{
    [Fact]
    public async Task Inspect_PublicPackageShadowsInternalOne_FailsWithExit4NamingTheIndexes()
    {
        await using var privateIndex = await EvidenceServer.StartAsync();
        new FakeIndex().Add("internal-utils", "9.9.9").ServeOn(Server);
        Server.SynthesizeSimplePage("internal-utils");
        new FakeIndex().Add("internal-utils", "1.2.0").ServeOn(privateIndex);
        privateIndex.SynthesizeSimplePage("internal-utils");
        privateIndex.RequireBasicAuth("ci", "s3cret-token");
        var extra = new UriBuilder(privateIndex.IndexUrl) { UserName = "ci", Password = "s3cret-token" }.Uri.AbsoluteUri;

        var run = await InspectAsync("internal-utils", "--extra-index-url", extra, "--internal-package", "internal-*", "--format", "json");

        Assert.Equal(4, run.ExitCode);
        var package = JsonDocument.Parse(run.Output).RootElement.GetProperty("packages")[0];
        var finding = package.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("code").GetString() == "TC8002");
        Assert.Equal("high", finding.GetProperty("severity").GetString());
        Assert.Equal(Server.IndexUrl.AbsoluteUri, finding.GetProperty("evidence").GetProperty("resolvesFrom").GetString());
        Assert.DoesNotContain("s3cret-token", run.Output + run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inspect_NameOnlyOnThePrivateIndex_IsInspectedFromItNotReportedMissing()
    {
        await using var privateIndex = await EvidenceServer.StartAsync();
        new FakeIndex().Add("acme-billing", "2.4.0").ServeOn(privateIndex);
        privateIndex.SynthesizeSimplePage("acme-billing");

        var run = await InspectAsync("acme-billing", "--extra-index-url", privateIndex.IndexUrl.AbsoluteUri, "--internal-package", "acme-billing", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var package = JsonDocument.Parse(run.Output).RootElement.GetProperty("packages")[0];
        Assert.Equal("2.4.0", package.GetProperty("version").GetString());
        Assert.Contains(package.GetProperty("findings").EnumerateArray(), f => f.GetProperty("code").GetString() == "TC8003");
    }
}
