using TrustCheck.Artifacts.Findings;
using TrustCheck.Artifacts.Python;

namespace TrustCheck.Artifacts.Capabilities.Rules;

/// <summary>TC10301: <c>exec</c>/<c>eval</c>/<c>compile</c> given decoded, decompressed, downloaded or character-built data, directly or through a name.</summary>
internal sealed class DecodedExecutionRule : ICapabilityRule
{
    public IEnumerable<CapabilityHit> Find(ModuleFacts module)
    {
        foreach (var call in module.Calls.Where(c => CallNames.IsDynamicCode(c.Name)))
        {
            var source = module.CallsWithin(call).FirstOrDefault(c => CallNames.IsDecoder(c) || CallNames.IsCharacterBuild(c) || CallNames.IsDownload(c) || CallNames.IsCodeDeserialization(c))?.Name
                ?? TaintedArgument(module, call);
            if (source is not null)
            {
                yield return new CapabilityHit(CapabilityCodes.DecodedExecution, ArtifactSeverity.Critical, true, module.Key, module.Member, call.Location, call.Line,
                    $"{call.Name}() runs code produced by {source}");
            }
        }
    }

    private static string? TaintedArgument(ModuleFacts module, CallSite call)
    {
        for (var i = call.Open + 1; i < call.Close; i++)
        {
            if (module.Tokens[i].Kind == PythonTokenKind.Name && module.TaintedNames.Contains(module.TextAt(i).ToString()))
            {
                return $"'{module.TextAt(i).ToString()}' (assigned from decoded or downloaded data)";
            }
        }

        return null;
    }
}
