using System.Text.Json;

namespace TrustCheck.Attestations.Verification.LogBodies;

/// <summary><c>hashedrekord/0.0.1</c> (message signatures on Rekor v1): artifact digest, signature, certificate or public key.</summary>
internal sealed class HashedRekordV001BodyCheck : ILogBodyCheck
{
    public string Kind => "hashedrekord";

    public string Version => "0.0.1";

    public string? Check(JsonElement spec, BundleVerificationContext context)
    {
        if (context.Bundle.MessageSignature is not { } message || context.Artifact.Sha256 is not { } artifact)
        {
            return "a hashedrekord 0.0.1 entry must accompany a message signature over a known artifact";
        }

        if (BodyJson.String(spec, "data", "hash", "algorithm") != "sha256" ||
            BodyJson.String(spec, "data", "hash", "value") != Convert.ToHexStringLower(artifact.Span))
        {
            return "the logged artifact hash is not the artifact's SHA-256";
        }

        if (!BodyJson.SameBytes(message.Signature.Span, BodyJson.Base64(BodyJson.String(spec, "signature", "content"))))
        {
            return "the logged signature differs from the bundle's signature";
        }

        return context.Material.MatchesPem(BodyJson.Base64(BodyJson.String(spec, "signature", "publicKey", "content")))
            ? null
            : context.Material.Mismatch("the logged certificate differs from the bundle's signing certificate");
    }
}
