using System.Diagnostics;

namespace TrustCheck.TestKit.Processes;

/// <summary>
/// Runs a child process for a test (pip, the packed tool, a sample): output and error captured, standard input
/// closed, and the whole process tree killed when it outlives its time limit or the caller gives up.
/// </summary>
public static class ChildProcess
{
    /// <summary>A start description with redirected streams and the arguments passed as a list (no shell quoting).</summary>
    /// <param name="fileName">The program.</param>
    /// <param name="arguments">Its arguments.</param>
    /// <param name="workingDirectory">Its working directory, or null for the current one.</param>
    public static ProcessStartInfo StartInfo(string fileName, IEnumerable<string> arguments, string? workingDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var start = new ProcessStartInfo(fileName)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? string.Empty,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    /// <summary>Runs the process to its end.</summary>
    /// <param name="start">What to run (<see cref="StartInfo"/>).</param>
    /// <param name="timeLimit">How long it may run.</param>
    /// <param name="cancellationToken">Stops it (the process tree is killed).</param>
    /// <returns>Its exit code and output.</returns>
    /// <exception cref="TimeoutException">It ran longer than <paramref name="timeLimit"/>.</exception>
    /// <exception cref="System.ComponentModel.Win32Exception">The program could not be started.</exception>
    public static async Task<ProcessResult> RunAsync(ProcessStartInfo start, TimeSpan timeLimit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(start);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"'{start.FileName}' did not start.");
        if (start.RedirectStandardInput)
        {
            process.StandardInput.Close();
        }

        var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var error = process.StandardError.ReadToEndAsync(CancellationToken.None);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeLimit);
        try
        {
            await process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            cancellationToken.ThrowIfCancellationRequested();
            throw new TimeoutException($"'{Path.GetFileName(start.FileName)} {string.Join(' ', start.ArgumentList)}' did not exit within {timeLimit}.");
        }

        return new ProcessResult(process.ExitCode, await output.ConfigureAwait(false), await error.ConfigureAwait(false));
    }
}
