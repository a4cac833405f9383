using System.CommandLine;
using System.CommandLine.Help;

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

    /// <summary>The tool's command name: its NuGet package id and the name its help shows.</summary>
    internal const string CommandName = "trustcheck";

    /// <summary>Creates the root command, named <c>trustcheck</c>, with <c>--version</c> and <c>--help</c>.</summary>
    /// <returns>The root command of the <c>trustcheck</c> tool.</returns>
    public static Command Create()
    {
        // The root is a Command named "trustcheck", not System.CommandLine's RootCommand: RootCommand (2.0.x) takes
        // its name, which help prints in every usage line, from the running program (Environment.GetCommandLineArgs()[0]),
        // and the installed tool's shim runs TrustCheck.Cli.dll, so help said "TrustCheck.Cli". RootCommand's name
        // cannot be set; what else it adds is --help and --version (added here) and the [suggest] directive that
        // dotnet-suggest completions use, which trustcheck neither documents nor tests. The assembly stays TrustCheck.Cli: a
        // "trustcheck.dll" beside the engine's TrustCheck.dll would clash on case-insensitive file systems and in
        // the loader, which compares assembly names case-insensitively.
        var root = new Command(CommandName, "trustcheck: decide whether a PyPI release deserves trust, from evidence rather than reputation.")
        {
            new HelpOption(),

            // The built-in action reports the entry assembly's version, which is the host's when the tool is
            // embedded or tested; the tool always reports its own.
            new VersionOption { Action = new PrintToolVersionAction() },
            Infrastructure.GlobalOptions.Verbose,
        };
        root.Subcommands.Add(Inspect.InspectCommand.Create());
        root.Subcommands.Add(Scan.ScanCommand.Create());
        root.Subcommands.Add(NameCheck.NameCheckCommand.Create());
        root.Subcommands.Add(Analyze.AnalyzeCommand.Create());
        root.Subcommands.Add(Verify.VerifyCommand.Create());
        root.Subcommands.Add(Verify.VerifyBundleCommand.Create());
        return root;
    }
}
