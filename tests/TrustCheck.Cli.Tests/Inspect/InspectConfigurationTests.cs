using System.Text.Json;

namespace TrustCheck.Cli.Tests.Inspect;

/// <summary>The config file end to end: a run configured only by trustcheck.toml, and a flag overriding the file.</summary>
public sealed class InspectConfigurationTests : InspectCliTests
{
    [Theory]
    [InlineData(new string[0], 4)] // the file's policy = "strict" fails a metadata-only release
    [InlineData(new[] { "--policy", "default" }, 0)] // the flag wins over the file
    public async Task Inspect_ConfiguredByTrustcheckToml_UsesItsSourcesAndLetsFlagsOverrideIt(string[] flags, int exitCode)
    {
        var config = Path.Combine(Scratch.Path, "trustcheck.toml");
        await File.WriteAllTextAsync(config, $"""
            # sources: the loopback index
            pypi-url = "{Server.PypiUrl.AbsoluteUri}"
            index-url = "{Server.IndexUrl.AbsoluteUri}"
            osv-url = "{Server.OsvUrl.AbsoluteUri}"
            trusted-root = "{ProductionTrustedRoot}"
            popular-names = "{PopularNames}"
            cache-dir = "cache"
            policy = "strict"
            """);

        var run = await CliRun.InvokeAsync(["inspect", "six", "--version", "1.11.0", "--format", "json", "--config", config, .. flags]);

        Assert.True(exitCode == run.ExitCode, run.Error);
        using var report = JsonDocument.Parse(run.Output);
        Assert.Equal("six", Assert.Single(report.RootElement.GetProperty("packages").EnumerateArray()).GetProperty("name").GetString());
        Assert.True(Server.RequestCount("/pypi/six/1.11.0/json") > 0 || Server.RequestCount("/pypi/six/json") > 0);
        Assert.True(Directory.Exists(Path.Combine(Scratch.Path, "cache")), "cache-dir is relative to the config file.");
    }

    [Fact]
    public async Task Inspect_ConfigWithAnUnknownKey_IsAUsageErrorNamingTheKeyAndFile()
    {
        var config = Path.Combine(Scratch.Path, "trustcheck.toml");
        await File.WriteAllTextAsync(config, "offline = true\npypi = \"https://pypi.org/\"\n");

        var run = await CliRun.InvokeAsync("inspect", "six", "--config", config);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"error: {config}:2: unknown key 'pypi'", run.Error, StringComparison.Ordinal);
    }
}
