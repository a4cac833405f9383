using System.CommandLine;

namespace TrustCheck.Cli;

/// <summary>Builds the <c>trustcheck</c> command tree. Each feature adds its command here.</summary>
public static class TrustCheckCommandLine
{
    /// <summary>Creates the root command, with <c>--version</c> and <c>--help</c>.</summary>
    /// <returns>The root command of the <c>trustcheck</c> tool.</returns>
    public static RootCommand Create()
    {
        var root = new RootCommand("trustcheck: decide whether a PyPI release deserves trust, from evidence rather than reputation.");

        // The built-in action reports the entry assembly's version, which is the host's when the tool is embedded
        // or tested; the tool always reports its own.
        root.Options.OfType<VersionOption>().Single().Action = new PrintToolVersionAction();
        return root;
    }
}
