using System.Text.RegularExpressions;
using TrustCheck.Artifacts.Findings;
using TrustCheck.Artifacts.Python;

namespace TrustCheck.Artifacts.Capabilities.Rules;

/// <summary>
/// TC10304: a process started with a shell pipe into an interpreter (<c>curl … | sh</c>), an encoded or hidden
/// PowerShell (High), or with its window hidden (Medium).
/// </summary>
internal sealed partial class ConcealedProcessRule : ICapabilityRule
{
    /// <summary>The most of a call's joined argument strings the pattern reads (a command line is far shorter).</summary>
    public const int MaxArguments = 16 * 1024;

    private static readonly HashSet<string> HiddenWindow = new(StringComparer.Ordinal) { "CREATE_NO_WINDOW", "SW_HIDE", "DETACHED_PROCESS" };

    public IEnumerable<CapabilityHit> Find(ModuleFacts module)
    {
        foreach (var call in module.Calls.Where(CallNames.IsProcess))
        {
            string? hidden = null;
            var arguments = new System.Text.StringBuilder();
            for (var i = call.Open + 1; i < call.Close; i++)
            {
                var kind = module.Tokens[i].Kind;
                if (kind == PythonTokenKind.String && module.TextAt(i).Length <= 4096 && arguments.Length < MaxArguments)
                {
                    arguments.Append(module.StringValue(i)).Append(' ');
                }
                else if (kind == PythonTokenKind.Name && HiddenWindow.Contains(module.TextAt(i).ToString()))
                {
                    hidden = module.TextAt(i).ToString();
                }
            }

            // A list of arguments reads like the command line it becomes: its strings joined by spaces.
            var shell = Shell(arguments.Length > MaxArguments ? arguments.ToString(0, MaxArguments) : arguments.ToString());
            if (shell is not null || hidden is not null)
            {
                yield return new CapabilityHit(CapabilityCodes.ConcealedProcess, shell is null ? ArtifactSeverity.Medium : ArtifactSeverity.High, true, module.Key, module.Member, call.Location, call.Line,
                    shell is null ? $"{call.Name}() starts a process with {hidden}" : $"{call.Name}() runs '{shell}'");
            }
        }
    }

    /// <summary>
    /// The shell pipe or PowerShell switch in a command line, or null. The pattern runs without backtracking (linear in
    /// the input, which is capped): it cannot time out, and if it ever did the call would be reported, not skipped.
    /// </summary>
    private static string? Shell(string commandLine)
    {
        try
        {
            return ShellPipe().Match(commandLine) is { Success: true } match ? match.Value : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return "(arguments too complex to read in time)";
        }
    }

    [GeneratedRegex(@"\|\s*(sudo\s+)?(ba|z|da|k)?sh\b|\|\s*python[0-9.]*\b|powershell(\.exe)?\b.*?(-e(nc(odedcommand)?)?\s|-w(indowstyle)?\s+hidden|-nop)|base64\s+(-d|--decode)\s*\|", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ShellPipe();
}
