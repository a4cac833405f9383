using System.Globalization;
using TrustCheck.Artifacts.Findings;

namespace TrustCheck.Artifacts.Capabilities.Rules;

/// <summary>TC10309: identifiers that mix Latin letters with Cyrillic or Greek look-alikes (<c>рrint</c>, <c>ехес</c>): names that read as one thing and are another.</summary>
internal sealed class HomoglyphIdentifierRule : ICapabilityRule
{
    private const string LookAlikes = "аеорсухіјѕԁһԛԝАВЕКМНОРСТХІЈЅοαντιρκχΑΒΕΖΗΙΚΜΝΟΡΤΥΧ";

    public IEnumerable<CapabilityHit> Find(ModuleFacts module)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in module.UnicodeNames)
        {
            var text = module.TextAt(name.Index).ToString();
            var latin = text.Any(char.IsAsciiLetter);
            var lookAlike = text.FirstOrDefault(c => LookAlikes.Contains(c, StringComparison.Ordinal));
            if (lookAlike != default && (latin || text.All(c => c < 128 || LookAlikes.Contains(c, StringComparison.Ordinal))) && seen.Add(text))
            {
                yield return new CapabilityHit(CapabilityCodes.HomoglyphIdentifier, ArtifactSeverity.Medium, false, module.Key, module.Member, name.Location, name.Line,
                    $"the identifier '{text}' spells with U+{((int)lookAlike).ToString("X4", CultureInfo.InvariantCulture)}, a look-alike of a Latin letter");
            }
        }
    }
}
