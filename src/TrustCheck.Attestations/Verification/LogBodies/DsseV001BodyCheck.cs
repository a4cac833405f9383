using System.Security.Cryptography;
using System.Text.Json;

namespace TrustCheck.Attestations.Verification.LogBodies;

/// <summary><c>dsse/0.0.1</c> (every PyPI attestation today): payload hash, the one signature and its certificate or public key.</summary>
internal sealed class DsseV001BodyCheck : ILogBodyCheck
{
    public string Kind => "dsse";

    public string Version => "0.0.1";

    public string? Check(JsonElement spec, BundleVerificationContext context)
    {
        var envelope = context.Bundle.DsseEnvelope;
        if (envelope is null)
        {
            return "a dsse entry must accompany a DSSE envelope";
        }

        if (!BodyJson.Equals(spec, "sha256", "payloadHash", "algorithm") ||
            !BodyJson.Equals(spec, Convert.ToHexStringLower(SHA256.HashData(envelope.Payload.Span)), "payloadHash", "value"))
        {
            return "the logged payload hash is not the SHA-256 of the envelope's payload";
        }

        if (BodyJson.Element(spec, "signatures") is not { ValueKind: JsonValueKind.Array } signatures || signatures.GetArrayLength() != 1)
        {
            return "the logged entry must hold exactly one signature";
        }

        var logged = signatures[0];
        if (!BodyJson.SameBytes(envelope.Signatures[0].Span, BodyJson.Bytes(logged, "signature")))
        {
            return "the logged signature differs from the envelope's signature";
        }

        return context.Material.MatchesPem(BodyJson.Bytes(logged, "verifier"))
            ? null
            : context.Material.Mismatch("the logged verifier certificate differs from the bundle's signing certificate");
    }
}
