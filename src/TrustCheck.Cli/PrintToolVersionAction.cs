using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace TrustCheck.Cli;

/// <summary>Prints the informational version of the <c>trustcheck</c> assembly.</summary>
internal sealed class PrintToolVersionAction : SynchronousCommandLineAction
{
    /// <summary>The tool's version, e.g. <c>0.1.0+commit</c>.</summary>
    public static string ToolVersion { get; } =
        typeof(PrintToolVersionAction).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(PrintToolVersionAction).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    public override int Invoke(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        parseResult.InvocationConfiguration.Output.WriteLine(ToolVersion);
        return 0;
    }
}
