using System.CommandLine;

namespace TrustCheck.Cli;

/// <summary>Builds the <c>trustcheck</c> command tree. Each feature adds its command here.</summary>
public static class TrustCheckCommandLine
{
    /// <summary>
    /// Parses and runs a command line; a command line that does not parse prints its errors and the usage, and
    /// exits with the contract's usage-error code (2).
    /// </summary>
    /// <param name="args">The arguments.</param>
    /// <param name="configuration">Where output and errors go; the console when null.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> InvokeAsync(string[] args, InvocationConfiguration? configuration = null, CancellationToken cancellationToken = default)
    {
        var parseResult = Create().Parse(args);
        configuration ??= new InvocationConfiguration();
        if (parseResult.Errors.Count > 0)
        {
            foreach (var error in parseResult.Errors)
            {
                await configuration.Error.WriteLineAsync("error: " + error.Message).ConfigureAwait(false);
            }

            await configuration.Error.WriteLineAsync("Run 'trustcheck --help' for usage.").ConfigureAwait(false);
            return Infrastructure.ExitCodes.UsageError;
        }

        return await parseResult.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Creates the root command, with <c>--version</c> and <c>--help</c>.</summary>
    /// <returns>The root command of the <c>trustcheck</c> tool.</returns>
    public static RootCommand Create()
    {
        var root = new RootCommand("trustcheck: decide whether a PyPI release deserves trust, from evidence rather than reputation.");

        // The built-in action reports the entry assembly's version, which is the host's when the tool is embedded
        // or tested; the tool always reports its own.
        root.Options.OfType<VersionOption>().Single().Action = new PrintToolVersionAction();
        root.Options.Add(Infrastructure.GlobalOptions.Verbose);
        root.Subcommands.Add(Inspect.InspectCommand.Create());
        root.Subcommands.Add(Scan.ScanCommand.Create());
        root.Subcommands.Add(NameCheck.NameCheckCommand.Create());
        root.Subcommands.Add(Analyze.AnalyzeCommand.Create());
        root.Subcommands.Add(Verify.VerifyCommand.Create());
        root.Subcommands.Add(Verify.VerifyBundleCommand.Create());
        return root;
    }
}
