namespace TrustCheck.Cli.Tests;

/// <summary>The CLI validates the SDK's options when it builds them, before any request: a bad value is a usage error naming it.</summary>
public sealed class OptionValidationTests
{
    [Theory]
    [InlineData("--pypi-url", "ftp://example.com/", "--pypi-url")] // not a URL TrustCheck can fetch: refused while the settings are read
    [InlineData("--osv-url", "http://example.com/", "OsvUrl")] // plain HTTP off loopback: refused by the SDK's validation
    public async Task Inspect_InvalidSourceUrl_IsAUsageErrorNamingTheOption(string option, string value, string name)
    {
        var run = await CliRun.InvokeAsync("inspect", "requests", option, value, "--offline");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"error: {name}:", run.Error, StringComparison.Ordinal);
        Assert.Contains(value, run.Error, StringComparison.Ordinal);
    }
}
