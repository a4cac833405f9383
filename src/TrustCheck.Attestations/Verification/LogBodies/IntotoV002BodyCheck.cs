using System.Security.Cryptography;
using System.Text.Json;

namespace TrustCheck.Attestations.Verification.LogBodies;

/// <summary>
/// <c>intoto/0.0.2</c> (legacy): payload hash, and the one signature (base64 twice over) with its certificate or public key.
/// </summary>
internal sealed class IntotoV002BodyCheck : ILogBodyCheck
{
    public string Kind => "intoto";

    public string Version => "0.0.2";

    public string? Check(JsonElement spec, BundleVerificationContext context)
    {
        var envelope = context.Bundle.DsseEnvelope;
        if (envelope is null || BodyJson.Element(spec, "content") is not { } content)
        {
            return "an intoto entry must hold content and accompany a DSSE envelope";
        }

        if (BodyJson.String(content, "payloadHash", "algorithm") != "sha256" ||
            BodyJson.String(content, "payloadHash", "value") != Convert.ToHexStringLower(SHA256.HashData(envelope.Payload.Span)))
        {
            return "the logged payload hash is not the SHA-256 of the envelope's payload";
        }

        if (BodyJson.Element(content, "envelope", "signatures") is not { ValueKind: JsonValueKind.Array } signatures || signatures.GetArrayLength() != 1)
        {
            return "the logged envelope must hold exactly one signature";
        }

        var logged = signatures[0];
        var signatureText = BodyJson.Base64(BodyJson.String(logged, "sig"));
        if (signatureText is null || !BodyJson.SameBytes(envelope.Signatures[0].Span, BodyJson.Base64(System.Text.Encoding.ASCII.GetString(signatureText))))
        {
            return "the logged signature differs from the envelope's signature";
        }

        return context.Material.MatchesPem(BodyJson.Base64(BodyJson.String(logged, "publicKey")))
            ? null
            : context.Material.Mismatch("the logged certificate differs from the bundle's signing certificate");
    }
}
