using System.Globalization;
using TrustCheck.Artifacts.Findings;
using TrustCheck.Artifacts.Python;

namespace TrustCheck.Artifacts.Capabilities.Rules;

/// <summary>
/// TC10309: identifiers that read as one thing and are another — Latin mixed with Cyrillic or Greek look-alikes
/// (<c>рrint</c>, <c>ехес</c>; Medium), and identifiers spelled with compatibility characters that CPython folds to
/// ASCII (<c>𝐞𝐱𝐞𝐜</c> is <c>exec</c>, <c>ｓｕｂｐｒｏｃｅｓｓ</c> is <c>subprocess</c>). Real code does not do the latter: it
/// is High where it runs unasked (module level, setup.py, a .pth) and Medium inside a function. That severity is set
/// here, not weighed by location, so setup.py does not push it to Critical.
/// </summary>
internal sealed class HomoglyphIdentifierRule : ICapabilityRule
{
    private const string LookAlikes = "аеорсухіјѕԁһԛԝАВЕКМНОРСТХІЈЅοαντιρκχΑΒΕΖΗΙΚΜΝΟΡΤΥΧ";

    public IEnumerable<CapabilityHit> Find(ModuleFacts module)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in module.UnicodeNames)
        {
            var text = module.TextAt(name.Index).ToString();
            if (!seen.Add(text))
            {
                continue;
            }

            if (IdentifierFold.Folds(text))
            {
                yield return new CapabilityHit(CapabilityCodes.HomoglyphIdentifier, name.Location == CodeLocation.Function ? ArtifactSeverity.Medium : ArtifactSeverity.High, false,
                    module.Key, module.Member, name.Location, name.Line, $"the identifier '{text}' is spelled with compatibility characters: Python reads it as '{IdentifierFold.Fold(text)}'");
                continue;
            }

            var latin = text.Any(char.IsAsciiLetter);
            var lookAlike = text.FirstOrDefault(c => LookAlikes.Contains(c, StringComparison.Ordinal));
            if (lookAlike != default && (latin || text.All(c => c < 128 || LookAlikes.Contains(c, StringComparison.Ordinal))))
            {
                yield return new CapabilityHit(CapabilityCodes.HomoglyphIdentifier, ArtifactSeverity.Medium, false, module.Key, module.Member, name.Location, name.Line,
                    $"the identifier '{text}' spells with U+{((int)lookAlike).ToString("X4", CultureInfo.InvariantCulture)}, a look-alike of a Latin letter");
            }
        }
    }
}
