using System.Buffers;
using System.Globalization;
using TrustCheck.Artifacts.Findings;

namespace TrustCheck.Artifacts.Capabilities.Rules;

/// <summary>TC10310: a long string literal that is nothing but base64 or hex — a payload carried as data.</summary>
internal sealed class EncodedBlobRule : ICapabilityRule
{
    /// <summary>The shortest literal judged (real code's long literals are prose, tables and certificates).</summary>
    public const int MinimumLength = 1024;

    private static readonly SearchValues<char> Hex = SearchValues.Create("0123456789abcdefABCDEF");

    private static readonly SearchValues<char> NotBase64 = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=-_\r\n\\");

    public IEnumerable<CapabilityHit> Find(ModuleFacts module)
    {
        foreach (var literal in module.Strings)
        {
            var raw = module.TextAt(literal.Index);
            if (raw.Length < MinimumLength)
            {
                continue;
            }

            var value = module.StringValue(literal.Index).AsSpan().Trim();
            if (value.Length >= MinimumLength && value.IndexOfAnyExcept(NotBase64) < 0 && !value.Contains("-----", StringComparison.Ordinal))
            {
                yield return new CapabilityHit(CapabilityCodes.EncodedBlob, ArtifactSeverity.Medium, true, module.Key, module.Member, literal.Location, literal.Line,
                    $"a {value.Length.ToString(CultureInfo.InvariantCulture)}-character {(value.IndexOfAnyExcept(Hex) < 0 ? "hex" : "base64")} literal");
            }
        }
    }
}
