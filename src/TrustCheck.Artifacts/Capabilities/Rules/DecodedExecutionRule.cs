using TrustCheck.Artifacts.Findings;

namespace TrustCheck.Artifacts.Capabilities.Rules;

/// <summary>
/// TC10301: <c>exec</c>/<c>eval</c>/<c>compile</c> given decoded, decompressed, downloaded, deserialized or
/// character-built data, directly or through a name; and <c>pickle.loads</c> and its kin (which run code while
/// loading) given decoded or downloaded data.
/// </summary>
internal sealed class DecodedExecutionRule : ICapabilityRule
{
    public IEnumerable<CapabilityHit> Find(ModuleFacts module)
    {
        foreach (var call in module.Calls)
        {
            var runsCode = CallNames.IsDynamicCode(call.Name);
            var unpickles = !runsCode && CallNames.IsCodeDeserialization(call) && !call.Name.StartsWith("marshal.", StringComparison.Ordinal);
            if (!runsCode && !unpickles)
            {
                continue;
            }

            var source = module.CallsWithin(call).FirstOrDefault(c => CallNames.IsDecoder(c) || CallNames.IsCharacterBuild(c) || CallNames.IsDownload(c) || (runsCode && CallNames.IsCodeDeserialization(c)))?.Name
                ?? (module.TaintedArgument(call) is { } name ? $"'{name}' (assigned from decoded or downloaded data)" : null);
            if (source is not null)
            {
                yield return new CapabilityHit(CapabilityCodes.DecodedExecution, ArtifactSeverity.Critical, true, module.Key, module.Member, call.Location, call.Line,
                    $"{call.Name}() runs code produced by {source}");
            }
        }
    }
}
