using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using TrustCheck.Attestations.Codecs;

namespace TrustCheck.Attestations.Verification.LogBodies;

/// <summary>Small, failure-tolerant readers over a parsed entry body.</summary>
internal static class BodyJson
{
    public static string? String(JsonElement element, params ReadOnlySpan<string> path)
    {
        foreach (var name in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
            {
                return null;
            }
        }

        return element.ValueKind == JsonValueKind.String ? element.GetString() : null;
    }

    public static JsonElement? Element(JsonElement element, params ReadOnlySpan<string> path)
    {
        foreach (var name in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
            {
                return null;
            }
        }

        return element;
    }

    public static byte[]? Base64(string? text) => Base64Text.TryDecode(text, out var bytes) ? bytes : null;

    /// <summary>Decodes a base64 PEM certificate (as Rekor stores verifiers) to its DER bytes.</summary>
    public static byte[]? PemCertificate(string? base64Pem)
    {
        if (Base64(base64Pem) is not { } pemBytes)
        {
            return null;
        }

        var pem = Encoding.ASCII.GetString(pemBytes);
        return PemEncoding.TryFind(pem, out var fields) && pem[fields.Label].SequenceEqual("CERTIFICATE")
            ? Convert.FromBase64String(pem[fields.Base64Data].ToString())
            : null;
    }

    public static bool SameBytes(ReadOnlySpan<byte> a, byte[]? b) => b is not null && a.SequenceEqual(b);
}
