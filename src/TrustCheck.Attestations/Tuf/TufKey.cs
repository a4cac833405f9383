using System.Security.Cryptography;
using System.Text.Json;
using TrustCheck.Attestations.Crypto;

namespace TrustCheck.Attestations.Tuf;

/// <summary>Reads a TUF key object into a verification key: ECDSA P-256 (PEM SPKI or hex point) or Ed25519 (hex).</summary>
internal static class TufKey
{
    public static VerificationKey? TryRead(JsonElement key, out string? error)
    {
        error = null;
        var type = String(key, "keytype");
        var scheme = String(key, "scheme");
        var value = key.ValueKind == JsonValueKind.Object && key.TryGetProperty("keyval", out var keyval) ? String(keyval, "public") : null;
        if (value is null)
        {
            error = "a key has no public value";
            return null;
        }

        try
        {
            switch (type, scheme)
            {
                case ("ecdsa" or "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp256"):
                {
                    var ecdsa = ECDsa.Create();
                    if (value.Contains("BEGIN PUBLIC KEY", StringComparison.Ordinal))
                    {
                        ecdsa.ImportFromPem(value);
                    }
                    else
                    {
                        var point = Convert.FromHexString(value);
                        if (point.Length != 65 || point[0] != 0x04)
                        {
                            ecdsa.Dispose();
                            error = "an ECDSA key is neither PEM nor an uncompressed P-256 point";
                            return null;
                        }

                        ecdsa.ImportParameters(new ECParameters { Curve = ECCurve.NamedCurves.nistP256, Q = new ECPoint { X = point[1..33], Y = point[33..] } });
                    }

                    if (ecdsa.KeySize != 256)
                    {
                        ecdsa.Dispose();
                        error = "an ecdsa-sha2-nistp256 key is not on P-256";
                        return null;
                    }

                    return VerificationKey.FromEcdsa(ecdsa);
                }

                case ("ed25519", "ed25519"):
                {
                    var raw = Convert.FromHexString(value);
                    byte[] spki = [0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00, .. raw];
                    if (raw.Length != 32)
                    {
                        error = "an ed25519 key is not 32 bytes";
                        return null;
                    }

                    error = VerificationKey.TryImport(KeyAlgorithm.Ed25519, spki, out var ed25519);
                    return ed25519;
                }

                default:
                    error = $"key type {type} with scheme {scheme} is not supported";
                    return null;
            }
        }
        catch (Exception exception) when (exception is CryptographicException or FormatException or ArgumentException or NotSupportedException)
        {
            error = $"a key does not decode: {exception.Message}";
            return null;
        }
    }

    private static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
