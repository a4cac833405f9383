using System.Buffers;
using TrustCheck.Artifacts.Findings;
using TrustCheck.Artifacts.Python;

namespace TrustCheck.Artifacts.Capabilities.Rules;

/// <summary>
/// TC10305: a credential location (<c>~/.ssh</c>, <c>~/.aws</c>, <c>.netrc</c>, <c>.pypirc</c>, browser profiles,
/// keychains) named in the value of a string (escapes processed, adjacent literals joined), or the whole environment
/// dumped, in a module that also sends over the network. Literal patterns only, found in linear time.
/// </summary>
internal sealed class CredentialExfiltrationRule : ICapabilityRule
{
    public IEnumerable<CapabilityHit> Find(ModuleFacts module)
    {
        var send = module.Calls.FirstOrDefault(CallNames.IsSend);
        if (send is null)
        {
            yield break;
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var run in module.LiteralRuns)
        {
            // A path is short; long values are prose (docstrings), as before the join.
            if (run.Value.Length <= 4096 && Credential(run.Value.Span) is { } match && seen.Add(match))
            {
                yield return Hit(module, run.First.Location, run.First.Line, $"reads '{match}' and sends with {send.Name}() (line {send.Line})");
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

    private static readonly string[] Locations =
    [
        ".ssh/", ".ssh\\", "id_rsa", "id_ed25519", ".aws/", ".aws\\", ".netrc", "_netrc", ".git-credentials", ".pypirc", ".npmrc",
        ".docker/config.json", ".docker\\config.json", ".kube/config", ".kube\\config", "Login Data", "Local State", ".mozilla/firefox",
        ".mozilla\\firefox", "Chrome/User Data", "Chrome\\User Data", "Keychains/", "Keychains\\", "Exodus/", "Exodus\\", "Electrum/wallets",
        "Electrum\\wallets",
    ];

    private static readonly SearchValues<string> Any = SearchValues.Create(Locations, StringComparison.OrdinalIgnoreCase);

    /// <summary>The credential location the value names (as written in it), or null.</summary>
    private static string? Credential(ReadOnlySpan<char> value)
    {
        var at = value.IndexOfAny(Any);
        if (at < 0)
        {
            return null;
        }

        foreach (var location in Locations)
        {
            if (value[at..].StartsWith(location, StringComparison.OrdinalIgnoreCase))
            {
                return value.Slice(at, location.Length).ToString();
            }
        }

        return null;
    }
}
