using System.Text.Json;
using TrustCheck.TestKit;

namespace TrustCheck.Cli.Tests.NameCheck;

/// <summary><c>trustcheck name-check</c> as the contract (CLI.md) says: offline, <c>results[]</c>, exit 4 when any name is flagged.</summary>
public sealed class NameCheckCommandTests
{
    private static string Popular => SharedData.PathOf("data/top-pypi/top-pypi-packages.min.json");

    [Fact]
    public async Task NameCheck_IssueExamples_AreFlaggedWithTheirTargetsAndExit4()
    {
        var run = await CliRun.InvokeAsync("name-check", "reqeusts", "urlib3", "tensorlfow", "requests", "requests-oauthlib", "--popular-names", Popular, "--format", "json");

        Assert.Equal(4, run.ExitCode);
        var results = JsonDocument.Parse(run.Output).RootElement.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(
            [("reqeusts", true, "requests", "transposition"), ("urlib3", true, "urllib3", "omission"), ("tensorlfow", true, "tensorflow", "transposition"), ("requests", false, null, null), ("requests-oauthlib", false, null, null)],
            results.Select(r => (r.GetProperty("name").GetString()!, r.GetProperty("flagged").GetBoolean(), r.GetProperty("target").GetString(), r.GetProperty("technique").GetString())));
    }

    [Fact]
    public async Task NameCheck_OnlyCleanNames_ExitsZeroWithOneLineEach()
    {
        var run = await CliRun.InvokeAsync("name-check", "requests", "numpy", "--popular-names", Popular);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["requests: ok", "numpy: ok"], run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd()));
    }

    [Fact]
    public async Task NameCheck_TrustedName_IsNeverFlaggedButItsImitationIs()
    {
        var run = await CliRun.InvokeAsync("name-check", "acme-billing-client", "acme-biling-client", "--trusted-name", "acme-billing-client", "--popular-names", Popular, "--format", "json");

        Assert.Equal(4, run.ExitCode);
        var results = JsonDocument.Parse(run.Output).RootElement.GetProperty("results");
        Assert.False(results[0].GetProperty("flagged").GetBoolean());
        Assert.Equal("acme-billing-client", results[1].GetProperty("target").GetString());
        Assert.Equal("trusted", results[1].GetProperty("targetSource").GetString());
    }

    [Fact]
    public async Task NameCheck_InvalidName_IsAUsageError()
    {
        var run = await CliRun.InvokeAsync("name-check", "not a name!", "--popular-names", Popular);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("not a valid project name", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NameCheck_NoCorpusAtHand_FailsWithoutGoingOnline()
    {
        using var cache = new TemporaryDirectory();

        var run = await CliRun.InvokeAsync("name-check", "requests", "--cache-dir", cache.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("not in the cache", run.Error, StringComparison.Ordinal);
    }
}
