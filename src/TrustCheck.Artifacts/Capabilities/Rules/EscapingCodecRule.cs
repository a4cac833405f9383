using TrustCheck.Artifacts.Findings;

namespace TrustCheck.Artifacts.Capabilities.Rules;

/// <summary>
/// TC10313: the source declares <c>utf-7</c>, <c>unicode_escape</c> or <c>raw_unicode_escape</c>, codecs that turn
/// escapes in the bytes into characters: <c>#+AAo-import os</c> reads as a comment and runs as code. The scan reads the
/// decoded text; the declaration itself is reported, High wherever the module runs (real code has no use for it).
/// </summary>
internal sealed class EscapingCodecRule : ICapabilityRule
{
    public IEnumerable<CapabilityHit> Find(ModuleFacts module)
    {
        if (!module.Source.HasEscapingCodec)
        {
            return [];
        }

        return [new CapabilityHit(CapabilityCodes.EscapingCodec, ArtifactSeverity.High, false, module.Key, module.Member, module.ModuleLocation, 1,
            $"the source declares the encoding {module.Source.Encoding}, which can hide code from review (escapes in what reads as a comment become code)")];
    }
}
