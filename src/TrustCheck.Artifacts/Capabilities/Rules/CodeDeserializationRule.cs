using TrustCheck.Artifacts.Findings;

namespace TrustCheck.Artifacts.Capabilities.Rules;

/// <summary>
/// TC10302: <c>marshal.loads</c>/<c>marshal.load</c> (code objects from bytes) and <c>pickle</c>, <c>cPickle</c>,
/// <c>_pickle</c>, <c>dill</c>, <c>joblib.load</c> (which run code while loading) — how payloads hide from source review.
/// </summary>
internal sealed class CodeDeserializationRule : ICapabilityRule
{
    public IEnumerable<CapabilityHit> Find(ModuleFacts module) =>
        module.Calls.Where(CallNames.IsCodeDeserialization).Select(call =>
            new CapabilityHit(CapabilityCodes.CodeDeserialization, ArtifactSeverity.High, true, module.Key, module.Member, call.Location, call.Line,
                call.Name.StartsWith("marshal.", StringComparison.Ordinal) ? $"{call.Name}() loads code objects from bytes" : $"{call.Name}() can run code while it loads (__reduce__)"));
}
