using Spectre.Console;
using TrustCheck.Inspection;

namespace TrustCheck.Cli.Inspect;

/// <summary>
/// Shows an inspection's progress on stderr: a Spectre.Console progress bar when stderr is a terminal, plain
/// <c>[n/m] package</c> lines otherwise (CI logs, redirected output). stdout is never written, so a JSON or SARIF
/// report there stays one clean document.
/// </summary>
internal static class ProgressDisplay
{
    /// <summary>Runs <paramref name="work"/> with the progress display that suits <paramref name="error"/>.</summary>
    public static Task<T> RunAsync<T>(TextWriter error, Func<IProgress<InspectionProgress>, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(error);
        var interactive = ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("TERM") is not "dumb";
        if (!interactive)
        {
            return work(new StderrProgress(error));
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return RunAsync(console, work);
    }

    /// <summary>Runs <paramref name="work"/> under a progress bar on <paramref name="console"/>.</summary>
    public static Task<T> RunAsync<T>(IAnsiConsole console, Func<IProgress<InspectionProgress>, Task<T>> work) =>
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("resolving", maxValue: 1);
                return await work(new BarProgress(task)).ConfigureAwait(false);
            });

    /// <summary>Moves the bar: its maximum is the packages known so far, its value those inspected.</summary>
    internal sealed class BarProgress(ProgressTask task) : IProgress<InspectionProgress>
    {
        public void Report(InspectionProgress value)
        {
            ArgumentNullException.ThrowIfNull(value);
            task.MaxValue = Math.Max(1, value.Discovered);
            task.Value = value.Inspected;
            task.Description = Markup.Escape($"[{value.Inspected}/{value.Discovered}] {value.Current}");
        }
    }
}
