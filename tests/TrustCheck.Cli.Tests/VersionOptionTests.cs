using System.CommandLine;
using System.Reflection;

namespace TrustCheck.Cli.Tests;

public sealed class VersionOptionTests
{
    [Fact]
    public void Version_PrintsTheToolsInformationalVersion()
    {
        using var output = new StringWriter();

        var exitCode = TrustCheckCommandLine.Create().Parse(["--version"]).Invoke(new InvocationConfiguration { Output = output });

        var expected = typeof(TrustCheckCommandLine).Assembly
            .GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        Assert.Equal(0, exitCode);
        Assert.Equal(expected, output.ToString().Trim());
        Assert.StartsWith("0.1.0", expected, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_UsageLinesNameTheCommandTrustcheck()
    {
        var root = await CliRun.InvokeAsync("--help");
        var inspect = await CliRun.InvokeAsync("inspect", "--help");

        Assert.Equal(0, root.ExitCode);
        Assert.Contains("\n  trustcheck [command] [options]", root.Output, StringComparison.Ordinal);
        Assert.Contains("\n  trustcheck inspect <NAME> [options]", inspect.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownCommand_ExitsWithTheUsageErrorCode()
    {
        var run = await CliRun.InvokeAsync("no-such-command");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no-such-command", run.Error, StringComparison.Ordinal);
    }
}
