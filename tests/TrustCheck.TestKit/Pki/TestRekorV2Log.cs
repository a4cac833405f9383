using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.X509;

namespace TrustCheck.TestKit.Pki;

/// <summary>
/// A Rekor-v2-like log with a generated Ed25519 key: it logs a <c>hashedrekord/0.0.2</c> entry and returns it with
/// an inclusion proof and an Ed25519-signed checkpoint, but with no integrated time and no inclusion promise, so only
/// an RFC 3161 timestamp can date the signature.
/// </summary>
public sealed class TestRekorV2Log
{
    /// <summary>The log's host; the checkpoint's origin and signature line name it.</summary>
    public const string Host = "log2026-1.rekor.trustcheck.test";

    private readonly Ed25519PrivateKeyParameters _key = new(new SecureRandom());
    private readonly Ed25519PrivateKeyParameters _foreignKey = new(new SecureRandom());

    /// <summary>The DER SubjectPublicKeyInfo of the log's Ed25519 key.</summary>
    public byte[] SubjectPublicKeyInfo => SubjectPublicKeyInfoFactory.CreateSubjectPublicKeyInfo(_key.GeneratePublicKey()).GetDerEncoded();

    /// <summary>The C2SP signed-note key ID: SHA-256 of the origin, a newline, 0x01 and the raw key.</summary>
    public byte[] LogId => NoteKeyId(_key);

    /// <summary>Logs a hashedrekord/0.0.2 entry for a DSSE signature and returns it as a transparency-log entry object.</summary>
    /// <param name="signedDigest">SHA-256 of what was signed (the DSSE pre-authentication encoding).</param>
    /// <param name="signature">The signature the body records.</param>
    /// <param name="certificate">The signing certificate (DER).</param>
    /// <param name="options">Which part of the proof to spoil.</param>
    public JsonObject LogHashedRekord(byte[] signedDigest, byte[] signature, byte[] certificate, TestAttestationOptions options)
    {
        ArgumentNullException.ThrowIfNull(signedDigest);
        ArgumentNullException.ThrowIfNull(signature);
        ArgumentNullException.ThrowIfNull(certificate);
        ArgumentNullException.ThrowIfNull(options);
        var body = new JsonObject
        {
            ["apiVersion"] = "0.0.2",
            ["kind"] = "hashedrekord",
            ["spec"] = new JsonObject
            {
                ["hashedRekordV002"] = new JsonObject
                {
                    ["data"] = new JsonObject { ["algorithm"] = "SHA2_256", ["digest"] = Convert.ToBase64String(signedDigest) },
                    ["signature"] = new JsonObject
                    {
                        ["content"] = Convert.ToBase64String(signature),
                        ["verifier"] = new JsonObject
                        {
                            ["keyDetails"] = "PKIX_ECDSA_P256_SHA_256",
                            ["x509Certificate"] = new JsonObject { ["rawBytes"] = Convert.ToBase64String(certificate) },
                        },
                    },
                },
            },
        };
        var bodyBytes = Encoding.UTF8.GetBytes(body.ToJsonString());
        var checkpointKey = options.CheckpointFromUnknownKey ? _foreignKey : _key;
        var proof = TestLogInclusion.Prove(bodyBytes, Host, Host, NoteKeyId(checkpointKey), note => Sign(checkpointKey, note), options.ProofForAnotherLeaf, options.CheckpointForAnotherRoot);

        return new JsonObject
        {
            ["logIndex"] = TestLogInclusion.Index.ToString(CultureInfo.InvariantCulture),
            ["logId"] = new JsonObject { ["keyId"] = Convert.ToBase64String(LogId) },
            ["kindVersion"] = new JsonObject { ["kind"] = "hashedrekord", ["version"] = "0.0.2" },
            ["inclusionProof"] = proof,
            ["canonicalizedBody"] = Convert.ToBase64String(bodyBytes),
        };
    }

    private static byte[] NoteKeyId(Ed25519PrivateKeyParameters key) =>
        SHA256.HashData([.. Encoding.ASCII.GetBytes(Host + "\n"), 0x01, .. key.GeneratePublicKey().GetEncoded()]);

    private static byte[] Sign(Ed25519PrivateKeyParameters key, byte[] message)
    {
        var signer = new Ed25519Signer();
        signer.Init(true, key);
        signer.BlockUpdate(message, 0, message.Length);
        return signer.GenerateSignature();
    }
}
