using System.Text;
using System.Text.Json;
using TrustCheck.TestKit.Http.Evidence.Synthetic;

namespace TrustCheck.Cli.Tests.Inspect;

/// <summary>
/// The attacks and risks <c>trustcheck inspect</c> must surface, through the real command line: vulnerable releases
/// (real PyPA records), provenance regression and publisher takeover (releases attested by the TestKit Sigstore), and
/// a dependency tree whose malicious leaf makes the root fail.
/// </summary>
public sealed class InspectRiskScenarioTests : InspectCliTests
{
    [Fact]
    public async Task Inspect_VulnerableRequests2190_ReportsTheAdvisoriesThatCoverIt()
    {
        var run = await InspectAsync("requests", "--version", "2.19.0", "--format", "json");

        using var report = JsonDocument.Parse(run.Output);
        var package = report.RootElement.GetProperty("packages")[0];
        var advisories = Findings(package, "TC6001").Select(f => f.GetProperty("evidence").GetProperty("id").GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(["PYSEC-2018-28", "PYSEC-2023-74"], advisories);
        Assert.NotEqual("verified", package.GetProperty("recommendation").GetString());
        Approve(run);
    }

    [Fact]
    public async Task Inspect_ProvenanceRegressed_IsHighRiskWithExit4()
    {
        using var releases = new AttestedReleases(Server, "regresspkg", Scratch.Path)
            .Publish("1.0.0", daysAfterEpoch: 10, repository: "example/regresspkg")
            .Publish("1.1.0", daysAfterEpoch: 40, repository: null);

        var run = await InspectWithRootAsync(releases.TrustedRootFile, "regresspkg", "--version", "1.1.0", "--format", "json");

        Assert.Equal(4, run.ExitCode);
        using var report = JsonDocument.Parse(run.Output);
        var package = report.RootElement.GetProperty("packages")[0];
        var regression = Assert.Single(Findings(package, "TC5002"));
        Assert.Equal("high", regression.GetProperty("severity").GetString());
        Assert.Equal("high-risk", package.GetProperty("recommendation").GetString());
        Approve(run);
    }

    [Fact]
    public async Task Inspect_PublisherRepositoryChanged_IsHighRiskWithExit4()
    {
        using var releases = new AttestedReleases(Server, "takeoverpkg", Scratch.Path)
            .Publish("1.0.0", daysAfterEpoch: 10, repository: "example/takeoverpkg")
            .Publish("1.1.0", daysAfterEpoch: 40, repository: "takeover/takeoverpkg");

        var run = await InspectWithRootAsync(releases.TrustedRootFile, "takeoverpkg", "--version", "1.1.0", "--format", "json");

        Assert.Equal(4, run.ExitCode);
        using var report = JsonDocument.Parse(run.Output);
        var package = report.RootElement.GetProperty("packages")[0];
        Assert.Equal("verified", package.GetProperty("files")[0].GetProperty("provenance").GetProperty("status").GetString());
        var drift = Assert.Single(Findings(package, "TC5003"));
        Assert.Contains("takeover/takeoverpkg", drift.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("high-risk", package.GetProperty("recommendation").GetString());
        Approve(run);
    }

    [Fact]
    public async Task Inspect_VerifyDownloadsWithSwappedBytes_IsHighRiskWithExit4()
    {
        using var releases = new AttestedReleases(Server, "swappkg", Scratch.Path).Publish("1.0.0", daysAfterEpoch: 10, repository: "example/swappkg");
        Server.AddArtifact("swappkg-1.0.0.tar.gz", Encoding.UTF8.GetBytes("swappkg 1.0.0 source, with a payload"));

        var trusting = await InspectWithRootAsync(releases.TrustedRootFile, "swappkg", "--version", "1.0.0", "--format", "json");
        var run = await InspectWithRootAsync(releases.TrustedRootFile, "swappkg", "--version", "1.0.0", "--verify-downloads", "--format", "json");

        Assert.Equal(0, trusting.ExitCode);
        Assert.Equal(4, run.ExitCode);
        using var report = JsonDocument.Parse(run.Output);
        var file = report.RootElement.GetProperty("packages")[0].GetProperty("files")[0];
        Assert.Equal("digest", file.GetProperty("provenance").GetProperty("failure").GetProperty("stage").GetString());
        Approve(run);
    }

    [Fact]
    public async Task Inspect_TransitiveGraph_MaliciousLeafFailsTheRootAndProgressGoesToStderr()
    {
        ServeGraph();

        var run = await InspectAsync("app", "--version", "1.0", "--with-transitive-deps", "--format", "json");

        Assert.Equal(4, run.ExitCode);
        using var report = JsonDocument.Parse(run.Output);
        var packages = report.RootElement.GetProperty("packages").EnumerateArray().ToList();
        Assert.Equal(
            ["app==1.0", "lib-a==1.0", "lib-b==1.0", "lib-c==1.0", "lib-d==1.0"],
            packages.Select(p => $"{p.GetProperty("name").GetString()}=={p.GetProperty("version").GetString()}").Order(StringComparer.Ordinal));
        var app = packages.Single(p => p.GetProperty("root").GetBoolean());
        Assert.Equal("app==1.0 -> lib-a==1.0 -> lib-c==1.0", Assert.Single(Findings(app, "TC9003")).GetProperty("evidence").GetProperty("path").GetString());
        Assert.Equal("high-risk", app.GetProperty("recommendation").GetString());
        Assert.Contains("/5] ", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("/5] ", run.Output, StringComparison.Ordinal);
        Approve(run);
    }

    [Fact]
    public async Task Inspect_TransitiveGraphForWindows_FollowsTheWindowsOnlyDependency()
    {
        ServeGraph();

        var run = await InspectAsync("app", "--version", "1.0", "--with-transitive-deps", "--platform", "win_amd64", "--format", "json");

        using var report = JsonDocument.Parse(run.Output);
        var names = report.RootElement.GetProperty("packages").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Contains("lib-win", names);
        Assert.Equal("win_amd64", report.RootElement.GetProperty("target").GetProperty("platform").GetString());
    }

    [Theory]
    [InlineData("default", 0)]
    [InlineData("strict", 4)]
    public async Task Inspect_TransitiveGraphWithoutSolution_ExplainsTheConflictAndExitsPerPolicy(string policy, int exitCode)
    {
        new FakeIndex()
            .Add("app", "1.0", "lib-b", "lib-c")
            .Add("lib-b", "1.0", "lib-d<2")
            .Add("lib-c", "1.0", "lib-d>=2")
            .Add("lib-d", "1.0").Add("lib-d", "2.0")
            .ServeOn(Server);

        var run = await InspectAsync("app", "--with-transitive-deps", "--policy", policy, "--format", "json");

        Assert.Equal(exitCode, run.ExitCode);
        using var report = JsonDocument.Parse(run.Output);
        var app = Assert.Single(report.RootElement.GetProperty("packages").EnumerateArray());
        var conflict = Assert.Single(Findings(app, "TC9005"));
        Assert.Equal("medium", conflict.GetProperty("severity").GetString());
        Assert.Equal(
            ["lib-b 1.0 depends on lib-d<2", "lib-c 1.0 depends on lib-d>=2"],
            conflict.GetProperty("evidence").GetProperty("causes").GetString()!.Split('\n').Order(StringComparer.Ordinal));
        Assert.Equal("review-required", app.GetProperty("recommendation").GetString());
    }

    private void ServeGraph()
    {
        new FakeIndex()
            .Add("app", "1.0", "lib-a[extra1]>=1", "lib-win; sys_platform == 'win32'")
            .Add("lib-a", "1.0", "lib-b", "lib-c; extra == 'extra1'")
            .Add("lib-b", "1.0", "app", "lib-d")
            .Add("lib-b", new FakeRelease("2.0", ["app"], Yanked: true))
            .Add("lib-c", "1.0")
            .Add("lib-d", "1.0")
            .Add("lib-win", "1.0")
            .ServeOn(Server);
        Server.AddOsvRecord("""{"id":"MAL-2026-1","modified":"2026-01-02T00:00:00Z","summary":"Malicious code in lib-c","affected":[{"package":{"ecosystem":"PyPI","name":"lib-c"},"versions":["1.0"]}]}""");
    }

    private static IEnumerable<JsonElement> Findings(JsonElement package, string code) =>
        package.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("code").GetString() == code);
}
