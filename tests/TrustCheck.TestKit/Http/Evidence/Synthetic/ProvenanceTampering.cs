using System.Text.Json;

namespace TrustCheck.TestKit.Http.Evidence.Synthetic;

/// <summary>Spoils real provenance the way an attacker who cannot sign would: the bytes change, the keys do not.</summary>
public static class ProvenanceTampering
{
    /// <summary>
    /// The provenance with the last bit of the first attestation's DSSE signature flipped; everything else, including
    /// the transparency-log entry that recorded the original signature, is untouched.
    /// </summary>
    /// <param name="provenance">A PEP 740 provenance object (JSON).</param>
    public static string WithAlteredSignature(string provenance)
    {
        using var document = JsonDocument.Parse(provenance);
        var signature = document.RootElement.GetProperty("attestation_bundles")[0].GetProperty("attestations")[0]
            .GetProperty("envelope").GetProperty("signature").GetString()!;
        var bytes = Convert.FromBase64String(signature);
        bytes[^1] ^= 0x01;
        return provenance.Replace(signature, Convert.ToBase64String(bytes), StringComparison.Ordinal);
    }
}
