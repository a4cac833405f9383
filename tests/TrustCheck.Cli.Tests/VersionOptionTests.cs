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
    public void UnknownCommand_FailsWithUsageError()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = TrustCheckCommandLine.Create().Parse(["no-such-command"])
            .Invoke(new InvocationConfiguration { Output = output, Error = error });

        Assert.NotEqual(0, exitCode);
        Assert.Contains("no-such-command", error.ToString(), StringComparison.Ordinal);
    }
}
