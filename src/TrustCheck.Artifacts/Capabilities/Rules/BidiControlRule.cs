using System.Buffers;
using System.Globalization;
using TrustCheck.Artifacts.Findings;

namespace TrustCheck.Artifacts.Capabilities.Rules;

/// <summary>TC10308: Unicode bidirectional embedding, override and isolate controls — code that reads differently than it runs (Trojan Source, CVE-2021-42574).</summary>
internal sealed class BidiControlRule : ICapabilityRule
{
    private static readonly SearchValues<char> Controls = SearchValues.Create("\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");

    public IEnumerable<CapabilityHit> Find(ModuleFacts module)
    {
        var text = module.Source.Text;
        var at = text.AsSpan().IndexOfAny(Controls);
        if (at < 0)
        {
            return [];
        }

        var line = text.AsSpan(0, at).Count('\n') + 1;
        var count = text.Count(Controls.Contains);
        return [new CapabilityHit(CapabilityCodes.BidiControl, ArtifactSeverity.High, false, module.Key, module.Member, CodeLocation.ImportTime, line,
            $"U+{(int)text[at]:X4} and {count.ToString(CultureInfo.InvariantCulture)} bidirectional control(s) in all: the code displayed is not the code run")];
    }
}
