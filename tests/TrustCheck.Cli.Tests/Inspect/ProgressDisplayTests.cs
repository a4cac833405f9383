using Spectre.Console;
using TrustCheck.Cli.Inspect;
using TrustCheck.Inspection;

namespace TrustCheck.Cli.Tests.Inspect;

/// <summary>The progress display: a bar on an interactive console, plain lines on a redirected stream, never on stdout.</summary>
public sealed class ProgressDisplayTests
{
    [Fact]
    public async Task RunAsync_InteractiveConsole_DrawsTheBarAndReturnsTheResult()
    {
        using var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Interactive = InteractionSupport.Yes,
            Ansi = AnsiSupport.Yes,
        });

        var result = await ProgressDisplay.RunAsync(console, async progress =>
        {
            progress.Report(new InspectionProgress(3, 7, "six==1.11.0"));
            await Task.Delay(250);
            return 42;
        });

        Assert.Equal(42, result);
        Assert.Contains("[3/7] six==1.11.0", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_RedirectedWriter_WritesPlainLines()
    {
        using var error = new StringWriter();

        var result = await ProgressDisplay.RunAsync(error, progress =>
        {
            progress.Report(new InspectionProgress(1, 6, "attrs==17.4.0"));
            return Task.FromResult("done");
        });

        Assert.Equal("done", result);
        Assert.Equal("[1/6] attrs==17.4.0" + Environment.NewLine, error.ToString());
    }
}
