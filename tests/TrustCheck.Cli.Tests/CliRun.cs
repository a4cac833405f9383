using System.CommandLine;

namespace TrustCheck.Cli.Tests;

/// <summary>Runs the real command line in process and captures its output, error and exit code.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static async Task<CliRun> InvokeAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await TrustCheckCommandLine.InvokeAsync(args, new InvocationConfiguration { Output = output, Error = error });
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
