using System.Security.Cryptography;
using System.Text.Json;

namespace TrustCheck.Attestations.Verification.LogBodies;

/// <summary><c>dsse/0.0.2</c>, the transitional Rekor v2 encoding: payload hash, one signature, its certificate or public key.</summary>
internal sealed class DsseV002BodyCheck : ILogBodyCheck
{
    public string Kind => "dsse";

    public string Version => "0.0.2";

    public string? Check(JsonElement spec, BundleVerificationContext context)
    {
        var envelope = context.Bundle.DsseEnvelope;
        if (envelope is null || BodyJson.Element(spec, "dsseV002") is not { } body)
        {
            return "a dsse 0.0.2 entry must hold dsseV002 and accompany a DSSE envelope";
        }

        if (BodyJson.String(body, "payloadHash", "algorithm") != "SHA2_256" ||
            !BodyJson.SameBytes(SHA256.HashData(envelope.Payload.Span), BodyJson.Base64(BodyJson.String(body, "payloadHash", "digest"))))
        {
            return "the logged payload hash is not the SHA-256 of the envelope's payload";
        }

        if (BodyJson.Element(body, "signatures") is not { ValueKind: JsonValueKind.Array } signatures || signatures.GetArrayLength() != 1)
        {
            return "the logged entry must hold exactly one signature";
        }

        var logged = signatures[0];
        if (!BodyJson.SameBytes(envelope.Signatures[0].Span, BodyJson.Base64(BodyJson.String(logged, "content"))))
        {
            return "the logged signature differs from the envelope's signature";
        }

        return context.Material.MatchesVerifier(BodyJson.Element(logged, "verifier"))
            ? null
            : context.Material.Mismatch("the logged verifier certificate differs from the bundle's signing certificate");
    }
}
