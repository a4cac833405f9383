using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace TrustCheck.TestKit.Pki;

/// <summary>
/// A Rekor-v1-like log with a generated P-256 key: it logs a DSSE entry in a small Merkle tree and returns the
/// entry with its inclusion promise, inclusion proof and signed checkpoint, in protobuf JSON.
/// </summary>
public sealed class TestTransparencyLog : IDisposable
{
    /// <summary>The log's host; checkpoint signatures name it.</summary>
    public const string Host = "rekor.trustcheck.test";

    /// <summary>The log's signing key.</summary>
    public ECDsa Key { get; } = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    /// <summary>SHA-256 of the key's SubjectPublicKeyInfo.</summary>
    public byte[] LogId => SHA256.HashData(Key.ExportSubjectPublicKeyInfo());

    /// <summary>Logs a dsse/0.0.1 entry and returns it as a transparency-log entry object.</summary>
    /// <param name="statement">The DSSE payload bytes.</param>
    /// <param name="signature">The DSSE signature the body records.</param>
    /// <param name="certificate">The signing certificate (DER).</param>
    /// <param name="integratedTime">When the log integrated it.</param>
    /// <param name="options">Which part of the proof to spoil.</param>
    /// <param name="foreignKey">A key the trusted root does not list, for spoiled checkpoints and promises.</param>
    public JsonObject LogDsse(byte[] statement, byte[] signature, byte[] certificate, DateTimeOffset integratedTime, TestAttestationOptions options, ECDsa foreignKey)
    {
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(foreignKey);
        var pem = PemEncoding.WriteString("CERTIFICATE", certificate) + "\n";
        var body = new JsonObject
        {
            ["apiVersion"] = "0.0.1",
            ["kind"] = "dsse",
            ["spec"] = new JsonObject
            {
                ["envelopeHash"] = new JsonObject { ["algorithm"] = "sha256", ["value"] = new string('0', 64) },
                ["payloadHash"] = new JsonObject { ["algorithm"] = "sha256", ["value"] = Convert.ToHexStringLower(SHA256.HashData(statement)) },
                ["signatures"] = new JsonArray(new JsonObject
                {
                    ["signature"] = Convert.ToBase64String(signature),
                    ["verifier"] = Convert.ToBase64String(Encoding.ASCII.GetBytes(pem)),
                }),
            },
        };
        var bodyBytes = Encoding.UTF8.GetBytes(body.ToJsonString());
        var checkpointKey = options.CheckpointFromUnknownKey ? foreignKey : Key;
        var promiseKey = options.WithoutInclusionPromise ? null : options.InclusionPromiseByAnotherKey ? foreignKey : Key;
        return LogBody(bodyBytes, "dsse", "0.0.1", integratedTime, promiseKey, checkpointKey, options.ProofForAnotherLeaf, options.CheckpointForAnotherRoot);
    }

    /// <summary>Logs any body and returns it as a transparency-log entry object.</summary>
    /// <param name="bodyBytes">The canonicalized body.</param>
    /// <param name="kind">The entry kind (<c>hashedrekord</c>, <c>dsse</c>, <c>intoto</c>).</param>
    /// <param name="version">The kind's version.</param>
    /// <param name="integratedTime">When the log integrated it.</param>
    /// <param name="promiseKey">Signs the inclusion promise; null for an entry without one.</param>
    /// <param name="checkpointKey">Signs the checkpoint; null for an entry without an inclusion proof.</param>
    /// <param name="proofForAnotherLeaf">Give the audit path of another leaf.</param>
    /// <param name="checkpointForAnotherRoot">Sign a checkpoint for another tree root than the proof leads to.</param>
    public JsonObject LogBody(byte[] bodyBytes, string kind, string version, DateTimeOffset integratedTime, ECDsa? promiseKey, ECDsa? checkpointKey, bool proofForAnotherLeaf = false, bool checkpointForAnotherRoot = false)
    {
        ArgumentNullException.ThrowIfNull(bodyBytes);
        var bodyBase64 = Convert.ToBase64String(bodyBytes);
        var logIndex = 4200L + TestLogInclusion.Index;
        var integrated = integratedTime.ToUnixTimeSeconds();
        var setPayload = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
            $"{{\"body\":\"{bodyBase64}\",\"integratedTime\":{integrated},\"logID\":\"{Convert.ToHexStringLower(LogId)}\",\"logIndex\":{logIndex}}}"));

        var entry = new JsonObject
        {
            ["logIndex"] = logIndex.ToString(CultureInfo.InvariantCulture),
            ["logId"] = new JsonObject { ["keyId"] = Convert.ToBase64String(LogId) },
            ["kindVersion"] = new JsonObject { ["kind"] = kind, ["version"] = version },
            ["integratedTime"] = integrated.ToString(CultureInfo.InvariantCulture),
            ["canonicalizedBody"] = bodyBase64,
        };
        if (checkpointKey is not null)
        {
            entry["inclusionProof"] = TestLogInclusion.Prove(
                bodyBytes,
                $"{Host} - 1",
                Host,
                SHA256.HashData(checkpointKey.ExportSubjectPublicKeyInfo()),
                note => checkpointKey.SignData(note, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence),
                proofForAnotherLeaf,
                checkpointForAnotherRoot);
        }

        if (promiseKey is not null)
        {
            entry["inclusionPromise"] = new JsonObject { ["signedEntryTimestamp"] = Convert.ToBase64String(promiseKey.SignData(setPayload, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence)) };
        }

        return entry;
    }

    /// <inheritdoc />
    public void Dispose() => Key.Dispose();
}
