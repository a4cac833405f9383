using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace TrustCheck.TestKit.Pki;

/// <summary>
/// Mints Sigstore v0.3 bundles signed with a managed key (<c>verificationMaterial.publicKey</c> with a hint instead
/// of a certificate), logged in a <see cref="TestSigstore"/>'s transparency log the way Rekor v1 logs key-signed
/// entries: the body records the PEM public key where a certificate bundle's records the certificate.
/// </summary>
public static class TestKeyBundles
{
    /// <summary>The payload type of the DSSE form.</summary>
    public const string InTotoPayloadType = "application/vnd.in-toto+json";

    /// <summary>Mints a bundle for <paramref name="artifact"/>, integrated a day after the instance's epoch.</summary>
    /// <param name="sigstore">The instance whose log records the entry.</param>
    /// <param name="key">The key the bundle claims (its hint, and unless spoiled its signature and logged key).</param>
    /// <param name="artifact">The artifact's bytes.</param>
    /// <param name="options">The form and the one thing to spoil.</param>
    /// <returns>The bundle's JSON.</returns>
    public static string Mint(TestSigstore sigstore, TestSigningKey key, byte[] artifact, TestKeyBundleOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(sigstore);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(artifact);
        options ??= new TestKeyBundleOptions();
        var signer = options.SignedBy ?? key;
        var logged = options.LoggedKey ?? key;
        var pem = Convert.ToBase64String(Encoding.ASCII.GetBytes(logged.PublicKeyPem));
        var signedAt = sigstore.Epoch.AddDays(1);

        byte[] signature;
        byte[] body;
        string kind;
        JsonObject content;
        if (options.Dsse)
        {
            var statement = Encoding.UTF8.GetBytes(new JsonObject
            {
                ["_type"] = "https://in-toto.io/Statement/v1",
                ["subject"] = new JsonArray(new JsonObject { ["name"] = "artifact", ["digest"] = new JsonObject { ["sha256"] = Convert.ToHexStringLower(SHA256.HashData(artifact)) } }),
                ["predicateType"] = "https://slsa.dev/provenance/v1",
                ["predicate"] = new JsonObject(),
            }.ToJsonString());
            var pae = Encoding.UTF8.GetBytes($"DSSEv1 {InTotoPayloadType.Length} {InTotoPayloadType} {statement.Length} ").Concat(statement).ToArray();
            signature = signer.SignMessage(pae);
            var loggedSignature = options.LogAnotherSignature ? signer.SignMessage([.. pae, .. "x"u8]) : signature;
            kind = "dsse";
            body = Encoding.UTF8.GetBytes(new JsonObject
            {
                ["apiVersion"] = "0.0.1",
                ["kind"] = "dsse",
                ["spec"] = new JsonObject
                {
                    ["envelopeHash"] = new JsonObject { ["algorithm"] = "sha256", ["value"] = new string('0', 64) },
                    ["payloadHash"] = new JsonObject { ["algorithm"] = "sha256", ["value"] = Convert.ToHexStringLower(SHA256.HashData(statement)) },
                    ["signatures"] = new JsonArray(new JsonObject { ["signature"] = Convert.ToBase64String(loggedSignature), ["verifier"] = pem }),
                },
            }.ToJsonString());
            content = new JsonObject
            {
                ["dsseEnvelope"] = new JsonObject
                {
                    ["payload"] = Convert.ToBase64String(statement),
                    ["payloadType"] = InTotoPayloadType,
                    ["signatures"] = new JsonArray(new JsonObject { ["sig"] = Convert.ToBase64String(signature), ["keyid"] = string.Empty }),
                },
            };
        }
        else
        {
            signature = signer.SignArtifact(artifact);
            var loggedSignature = options.LogAnotherSignature ? signer.SignArtifact([.. artifact, .. "x"u8]) : signature;
            kind = "hashedrekord";
            body = Encoding.UTF8.GetBytes(new JsonObject
            {
                ["apiVersion"] = "0.0.1",
                ["kind"] = "hashedrekord",
                ["spec"] = new JsonObject
                {
                    ["data"] = new JsonObject { ["hash"] = new JsonObject { ["algorithm"] = "sha256", ["value"] = Convert.ToHexStringLower(SHA256.HashData(artifact)) } },
                    ["signature"] = new JsonObject
                    {
                        ["content"] = Convert.ToBase64String(loggedSignature),
                        ["publicKey"] = new JsonObject { ["content"] = pem },
                    },
                },
            }.ToJsonString());
            content = new JsonObject
            {
                ["messageSignature"] = new JsonObject
                {
                    ["messageDigest"] = new JsonObject { ["algorithm"] = "SHA2_256", ["digest"] = Convert.ToBase64String(SHA256.HashData(artifact)) },
                    ["signature"] = Convert.ToBase64String(signature),
                },
            };
        }

        var entries = new JsonArray();
        if (!options.WithoutTlogEntry)
        {
            var log = sigstore.Log;
            entries.Add(log.LogBody(body, kind, "0.0.1", signedAt, options.WithoutInclusionPromise ? null : log.Key, options.WithoutInclusionProof ? null : log.Key));
        }

        var material = new JsonObject
        {
            ["publicKey"] = options.WithoutHint ? new JsonObject() : new JsonObject { ["hint"] = options.Hint ?? key.Hint },
            ["tlogEntries"] = entries,
        };
        if (options.WithRfc3161Timestamp)
        {
            material["timestampVerificationData"] = new JsonObject
            {
                ["rfc3161Timestamps"] = new JsonArray(new JsonObject { ["signedTimestamp"] = Convert.ToBase64String(sigstore.TimestampAuthority.Stamp(signature, signedAt)) }),
            };
        }

        var bundle = new JsonObject
        {
            ["mediaType"] = "application/vnd.dev.sigstore.bundle.v0.3+json",
            ["verificationMaterial"] = material,
        };
        foreach (var (name, value) in content.ToArray())
        {
            content.Remove(name);
            bundle[name] = value;
        }

        return bundle.ToJsonString();
    }
}
