using System.Text.RegularExpressions;
using TrustCheck.Artifacts.Findings;
using TrustCheck.Artifacts.Python;

namespace TrustCheck.Artifacts.Capabilities.Rules;

/// <summary>
/// TC10305: a credential location (<c>~/.ssh</c>, <c>~/.aws</c>, <c>.netrc</c>, <c>.pypirc</c>, browser profiles,
/// keychains) named, or the whole environment dumped, in a module that also sends over the network.
/// </summary>
internal sealed partial class CredentialExfiltrationRule : ICapabilityRule
{
    public IEnumerable<CapabilityHit> Find(ModuleFacts module)
    {
        var send = module.Calls.FirstOrDefault(CallNames.IsSend);
        if (send is null)
        {
            yield break;
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var literal in module.Strings)
        {
            var raw = module.TextAt(literal.Index);
            if (raw.Length > 4096 || !Credential().IsMatch(raw))
            {
                continue;
            }

            var match = Credential().Match(module.StringValue(literal.Index));
            if (match.Success && seen.Add(match.Value))
            {
                yield return Hit(module, literal.Location, literal.Line, $"reads '{match.Value}' and sends with {send.Name}() (line {send.Line})");
            }
        }

        foreach (var dump in module.Calls.Where(c => c.Name is "dict" or "str" or "repr" or "json.dumps" || CallNames.IsSend(c)))
        {
            if (WholeEnvironment(module, dump) && seen.Add("os.environ"))
            {
                yield return Hit(module, dump.Location, dump.Line, $"dumps os.environ with {dump.Name}() and sends with {send.Name}() (line {send.Line})");
            }
        }
    }

    private static CapabilityHit Hit(ModuleFacts module, CodeLocation location, int line, string detail) =>
        new(CapabilityCodes.CredentialExfiltration, ArtifactSeverity.High, true, module.Key, module.Member, location, line, detail);

    /// <summary>Whether the call's only argument is <c>os.environ</c> itself (not one variable of it).</summary>
    private static bool WholeEnvironment(ModuleFacts module, CallSite call)
    {
        var tokens = module.Tokens;
        for (var i = call.Open + 1; i + 2 < call.Close; i++)
        {
            if (tokens[i].Kind == PythonTokenKind.Name && module.TextAt(i).SequenceEqual("os") && module.TextAt(i + 1).SequenceEqual(".") && module.TextAt(i + 2).SequenceEqual("environ")
                && (i + 3 >= tokens.Count || !(module.TextAt(i + 3).SequenceEqual(".") || module.TextAt(i + 3).SequenceEqual("["))))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"\.ssh[/\\]|id_rsa|id_ed25519|\.aws[/\\]|\.netrc|_netrc|\.git-credentials|\.pypirc|\.npmrc|\.docker[/\\]config\.json|\.kube[/\\]config|Login Data|Local State|\.mozilla[/\\]firefox|Chrome[/\\]User Data|Keychains[/\\]|Exodus[/\\]|Electrum[/\\]wallets", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Credential();
}
