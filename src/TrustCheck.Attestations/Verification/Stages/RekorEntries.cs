using TrustCheck.Attestations.Bundles;

namespace TrustCheck.Attestations.Verification.Stages;

/// <summary>Which Rekor generation wrote an entry: v2 writes only <c>hashedrekord</c> and <c>dsse</c> at version 0.0.2.</summary>
internal static class RekorEntries
{
    public static bool IsV2(TransparencyLogEntry entry) =>
        entry.KindVersion == "0.0.2" && entry.Kind is "hashedrekord" or "dsse";
}
