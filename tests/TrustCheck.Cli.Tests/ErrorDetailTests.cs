using System.CommandLine;
using TrustCheck.Cli.Infrastructure;

namespace TrustCheck.Cli.Tests;

/// <summary>An error is one line; its stack trace appears only with --verbose or TRUSTCHECK_DEBUG=1, for any command.</summary>
[Collection(nameof(ProcessEnvironmentTests))]
public sealed class ErrorDetailTests
{
    [Fact]
    public async Task InternalError_WithoutVerbose_IsOneLineAndAHintWithoutStackTrace()
    {
        var run = await RunFailingCommand();

        Assert.Equal(3, run.ExitCode);
        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("internal error: InvalidOperationException: a defect", lines[0].TrimEnd());
        Assert.Contains("--verbose", lines[1], StringComparison.Ordinal);
        Assert.Equal(2, lines.Length);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InternalError_WithVerbose_ShowsTheStackTrace()
    {
        var run = await RunFailingCommand("--verbose");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("internal error: InvalidOperationException: a defect", run.Error, StringComparison.Ordinal);
        Assert.Contains("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InternalError_WithTrustCheckDebug_ShowsTheStackTrace()
    {
        Environment.SetEnvironmentVariable("TRUSTCHECK_DEBUG", "1");
        try
        {
            var run = await RunFailingCommand();

            Assert.Contains("   at ", run.Error, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable("TRUSTCHECK_DEBUG", null);
        }
    }

    [Fact]
    public async Task MappedError_WithVerbose_ShowsItsDetailToo()
    {
        var quiet = await CliRun.InvokeAsync("verify", "--provenance", "/nonexistent/provenance.json", "--filename", "a-1.0.tar.gz", "--sha256", new string('a', 64), "--trusted-root", "/nonexistent/root.json");
        var verbose = await CliRun.InvokeAsync("verify", "--verbose", "--provenance", "/nonexistent/provenance.json", "--filename", "a-1.0.tar.gz", "--sha256", new string('a', 64), "--trusted-root", "/nonexistent/root.json");

        Assert.Equal(2, quiet.ExitCode);
        Assert.Single(quiet.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(2, verbose.ExitCode);
        Assert.Contains("UsageException", verbose.Error, StringComparison.Ordinal);
    }

    private static async Task<CliRun> RunFailingCommand(params string[] extra)
    {
        var command = new RootCommand { GlobalOptions.Verbose };
        command.SetAction((parseResult, _) => CommandRunner.RunAsync(parseResult, _ => throw new InvalidOperationException("a defect")));
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await command.Parse(extra).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}

/// <summary>Tests that change process-wide environment variables run alone.</summary>
[CollectionDefinition(nameof(ProcessEnvironmentTests), DisableParallelization = true)]
public sealed class ProcessEnvironmentTests;
