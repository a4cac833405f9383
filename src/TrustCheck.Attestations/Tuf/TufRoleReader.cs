using System.Text.Json;
using TrustCheck.Attestations.Verification;

namespace TrustCheck.Attestations.Tuf;

/// <summary>Reads role definitions (<c>keyids</c>, <c>threshold</c>) from root or delegation metadata.</summary>
internal static class TufRoleReader
{
    public static VerificationFailure? TryReadNamed(JsonElement roles, string name, out TufRole? role)
    {
        role = null;
        return roles.TryGetProperty(name, out var element)
            ? TryRead(element, name, out role)
            : new VerificationFailure(VerificationStage.TrustRoot, $"TUF: the {name} role is not defined");
    }

    public static VerificationFailure? TryRead(JsonElement element, string name, out TufRole? role)
    {
        role = null;
        if (element.ValueKind != JsonValueKind.Object ||
            !element.TryGetProperty("keyids", out var keyIds) || keyIds.ValueKind != JsonValueKind.Array ||
            !element.TryGetProperty("threshold", out var threshold) || threshold.ValueKind != JsonValueKind.Number || !threshold.TryGetInt32(out var count) || count < 1)
        {
            return new VerificationFailure(VerificationStage.TrustRoot, $"TUF: the {name} role has no key IDs or no positive threshold");
        }

        role = new TufRole(name, [.. keyIds.EnumerateArray().Where(k => k.ValueKind == JsonValueKind.String).Select(k => k.GetString()!)], count);
        return null;
    }
}
