using System.Globalization;
using System.Text.Json;

namespace TrustCheck.Attestations.Json;

/// <summary>Protobuf JSON writes int64 as a string; some producers write a number. Accept both, nothing else.</summary>
internal static class JsonInt64
{
    public static bool TryRead(JsonElement? element, out long value)
    {
        value = 0;
        return element switch
        {
            { ValueKind: JsonValueKind.String } e => long.TryParse(e.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value),
            { ValueKind: JsonValueKind.Number } e => e.TryGetInt64(out value),
            _ => false,
        };
    }
}
