using System.Security.Cryptography;
using System.Text.Json;

namespace TrustCheck.Attestations.Verification.LogBodies;

/// <summary>
/// <c>hashedrekord/0.0.2</c> (Rekor v2): the digest of what was signed (the DSSE pre-authentication encoding, or
/// the artifact), the signature and the certificate or public key.
/// </summary>
internal sealed class HashedRekordV002BodyCheck : ILogBodyCheck
{
    public string Kind => "hashedrekord";

    public string Version => "0.0.2";

    public string? Check(JsonElement spec, BundleVerificationContext context)
    {
        if (BodyJson.Element(spec, "hashedRekordV002") is not { } body)
        {
            return "a hashedrekord 0.0.2 entry must hold hashedRekordV002";
        }

        var (signedDigest, signature) = context.Bundle.DsseEnvelope is { } envelope
            ? (SHA256.HashData(envelope.PreAuthenticationEncoding()), envelope.Signatures[0])
            : (context.Artifact.Sha256!.Value.ToArray(), context.Bundle.MessageSignature!.Signature);
        if (BodyJson.String(body, "data", "algorithm") != "SHA2_256" ||
            !BodyJson.SameBytes(signedDigest, BodyJson.Base64(BodyJson.String(body, "data", "digest"))))
        {
            return "the logged digest is not the SHA-256 of what the bundle signs";
        }

        if (!BodyJson.SameBytes(signature.Span, BodyJson.Base64(BodyJson.String(body, "signature", "content"))))
        {
            return "the logged signature differs from the bundle's signature";
        }

        return context.Material.MatchesVerifier(BodyJson.Element(body, "signature", "verifier"))
            ? null
            : context.Material.Mismatch("the logged verifier certificate differs from the bundle's signing certificate");
    }
}
