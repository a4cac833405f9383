using System.CommandLine;

namespace TrustCheck.Cli.Infrastructure;

/// <summary>Options every command takes.</summary>
internal static class GlobalOptions
{
    /// <summary>
    /// <c>--verbose</c>: errors come with their stack trace (also with <c>TRUSTCHECK_DEBUG=1</c>). Without it, an error
    /// is one line: a stack trace is for whoever debugs TrustCheck, not for whoever runs it.
    /// </summary>
    public static Option<bool> Verbose { get; } = new("--verbose")
    {
        Description = "Show the full detail (stack trace) of errors [env TRUSTCHECK_DEBUG=1].",
        Recursive = true,
    };

    /// <summary>Whether errors are shown with their detail.</summary>
    /// <param name="parseResult">The parsed command line.</param>
    public static bool IsVerbose(ParseResult parseResult) =>
        parseResult.GetValue(Verbose) || Environment.GetEnvironmentVariable("TRUSTCHECK_DEBUG") is "1" or "true" or "TRUE" or "True" or "yes";
}
