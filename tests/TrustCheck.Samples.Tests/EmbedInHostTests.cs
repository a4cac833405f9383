namespace TrustCheck.Samples.Tests;

/// <summary>samples/EmbedInHost: settings from appsettings.json, the environment and the command line; exit code from the policy.</summary>
public sealed class EmbedInHostTests(LoopbackIndex index) : SampleTests(index)
{
    [Fact]
    public async Task EmbedInHost_Six1110_PrintsMetadataOnlyWithItsFindingsAndPasses()
    {
        var run = await RunAsync(SampleProgram.EmbedInHost, ["six", "1.11.0"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("six 1.11.0: metadata-only", run.Output, StringComparison.Ordinal);
        Assert.Contains("TC2003   provenance: No file of this release has PEP 740 provenance", run.Output, StringComparison.Ordinal);
        Assert.Contains("policy default: passed", run.Output, StringComparison.Ordinal);
        Assert.Empty(run.Error);
    }

    [Fact]
    public async Task EmbedInHost_StrictPolicyFromAnEnvironmentVariable_FailsWithExit4()
    {
        var run = await RunAsync(SampleProgram.EmbedInHost, ["six", "1.11.0"], new Dictionary<string, string> { ["TrustCheck__Inspection__Policy"] = "strict" });

        Assert.True(run.ExitCode == 4, run.ToString());
        Assert.Contains("policy strict: failed", run.Output, StringComparison.Ordinal);
        Assert.Contains("six==1.11.0 fail-on-recommendation", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmbedInHost_CommandLineSetting_WinsOverTheEnvironment()
    {
        var run = await RunAsync(
            SampleProgram.EmbedInHost,
            ["six", "1.11.0", "--TrustCheck:Inspection:Policy=default"],
            new Dictionary<string, string> { ["TrustCheck__Inspection__Policy"] = "strict" });

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("policy default: passed", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmbedInHost_PolicyFileSetting_IsRegisteredAndSelectedByItsName()
    {
        var policy = Write("team-gate.json", """{ "name": "team-gate", "extends": "default", "failOn": ["high-risk", "metadata-only"] }""");

        var run = await RunAsync(SampleProgram.EmbedInHost, ["six", "1.11.0", $"--TrustCheck:Inspection:PolicyFile={policy}"]);

        Assert.True(run.ExitCode == 4, run.ToString());
        Assert.Contains("policy team-gate: failed", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmbedInHost_InvalidSetting_ExitsWith2NamingTheSetting()
    {
        var run = await RunAsync(SampleProgram.EmbedInHost, ["six", "1.11.0", "--TrustCheck:Inspection:PythonVersion=three"]);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal("error: Inspection:PythonVersion 'three' is not a Python version (X.Y, e.g. 3.12).", run.Error.Trim());
        Assert.Empty(run.Output);
    }

    [Fact]
    public async Task EmbedInHost_NoPackage_ExitsWith2AndPrintsTheUsage()
    {
        var run = await RunAsync(SampleProgram.EmbedInHost, []);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.StartsWith("usage: EmbedInHost NAME [VERSION]", run.Error, StringComparison.Ordinal);
    }
}
