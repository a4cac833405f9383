using System.Text.Json;
using TrustCheck.Attestations.Verification;

namespace TrustCheck.Attestations.Tuf;

/// <summary>Reads <c>meta</c> and <c>targets</c> entries (version, length, sha256).</summary>
internal static class TufMetaReader
{
    public static VerificationFailure? TryReadEntries(JsonElement signed, string property, bool versionRequired, out Dictionary<string, TufMetaFile> entries)
    {
        entries = new Dictionary<string, TufMetaFile>(StringComparer.Ordinal);
        if (!signed.TryGetProperty(property, out var map) || map.ValueKind != JsonValueKind.Object)
        {
            return new VerificationFailure(VerificationStage.TrustRoot, $"TUF: metadata lacks '{property}'");
        }

        foreach (var entry in map.EnumerateObject())
        {
            var value = entry.Value;
            if (value.ValueKind != JsonValueKind.Object)
            {
                return new VerificationFailure(VerificationStage.TrustRoot, $"TUF: '{entry.Name}' is not an object");
            }

            long version = 0;
            if (versionRequired && (!value.TryGetProperty("version", out var v) || v.ValueKind != JsonValueKind.Number || !v.TryGetInt64(out version) || version < 1))
            {
                return new VerificationFailure(VerificationStage.TrustRoot, $"TUF: '{entry.Name}' has no positive version");
            }

            long? length = value.TryGetProperty("length", out var l) && l.ValueKind == JsonValueKind.Number && l.TryGetInt64(out var parsedLength) ? parsedLength : null;
            var sha256 = value.TryGetProperty("hashes", out var hashes) ? SignedMetadata.Text(hashes, "sha256") : null;
            entries[entry.Name] = new TufMetaFile(version, length, sha256);
        }

        return null;
    }
}
