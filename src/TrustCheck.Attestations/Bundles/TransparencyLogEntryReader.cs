using System.Text.Json;
using TrustCheck.Attestations.Codecs;
using TrustCheck.Attestations.Json;
using TrustCheck.Attestations.Limits;
using TrustCheck.Attestations.Transparency;
using TrustCheck.Attestations.Verification;

namespace TrustCheck.Attestations.Bundles;

/// <summary>
/// Reads a transparency-log entry (protobuf JSON, as bundles and PEP 740 attestations carry it) straight from its
/// JSON element into a <see cref="TransparencyLogEntry"/>.
/// </summary>
internal static class TransparencyLogEntryReader
{
    public static VerificationFailure? TryRead(JsonElement element, out TransparencyLogEntry? entry)
    {
        entry = null;
        if (element.ValueKind != JsonValueKind.Object)
        {
            return Fail("a transparency-log entry is not a JSON object");
        }

        if (!JsonInt64.TryRead(Property(element, "logIndex"), out var logIndex) || logIndex < 0)
        {
            return Fail("the entry's logIndex is missing or negative");
        }

        if (!Bytes(Property(Property(element, "logId"), "keyId"), out var logId) || logId.Length == 0)
        {
            return Fail("the entry's logId is missing or not base64");
        }

        var kindVersion = Property(element, "kindVersion");
        if (Text(Property(kindVersion, "kind")) is not { Length: > 0 } kind || Text(Property(kindVersion, "version")) is not { Length: > 0 } version)
        {
            return Fail("the entry's kindVersion is missing");
        }

        long integratedTime = 0;
        if (Property(element, "integratedTime") is { } integrated && !JsonInt64.TryRead(integrated, out integratedTime))
        {
            return Fail("the entry's integratedTime is not an integer");
        }

        if (!TryBase64Text(Property(element, "canonicalizedBody"), out var bodyText) || bodyText.Length == 0 || !Bytes(Property(element, "canonicalizedBody"), out var body))
        {
            return Fail("the entry's canonicalizedBody is missing or not base64");
        }

        ReadOnlyMemory<byte>? signedEntryTimestamp = null;
        if (Property(element, "inclusionPromise") is { } promise)
        {
            if (!Bytes(Property(promise, "signedEntryTimestamp"), out var set) || set.Length == 0)
            {
                return Fail("the entry's inclusion promise is not base64");
            }

            signedEntryTimestamp = set;
        }

        InclusionProof? proof = null;
        string? checkpoint = null;
        if (Property(element, "inclusionProof") is { } proofElement)
        {
            var proofFailure = TryReadProof(proofElement, out proof);
            if (proofFailure is not null)
            {
                return proofFailure;
            }

            checkpoint = Text(Property(Property(proofElement, "checkpoint"), "envelope"));
        }

        entry = new TransparencyLogEntry
        {
            LogIndex = logIndex,
            LogId = logId,
            Kind = kind,
            KindVersion = version,
            IntegratedTime = integratedTime,
            SignedEntryTimestamp = signedEntryTimestamp,
            InclusionProof = proof,
            CheckpointEnvelope = checkpoint,
            CanonicalizedBody = body,
            CanonicalizedBodyBase64 = bodyText,
        };
        return null;
    }

    private static VerificationFailure? TryReadProof(JsonElement element, out InclusionProof? proof)
    {
        proof = null;
        if (!JsonInt64.TryRead(Property(element, "logIndex"), out var index) || !JsonInt64.TryRead(Property(element, "treeSize"), out var size))
        {
            return Fail("the inclusion proof's logIndex or treeSize is missing");
        }

        if (!Bytes(Property(element, "rootHash"), out var root))
        {
            return Fail("the inclusion proof's rootHash is not base64");
        }

        var hashes = new List<ReadOnlyMemory<byte>>();
        if (Property(element, "hashes") is { ValueKind: JsonValueKind.Array } array)
        {
            if (array.GetArrayLength() > InputLimits.MaxProofHashes)
            {
                return new VerificationFailure(
                    VerificationStage.InclusionProof,
                    $"the inclusion proof has {array.GetArrayLength()} hashes, more than the {InputLimits.MaxProofHashes} a log of 2^64 entries can need");
            }

            foreach (var item in array.EnumerateArray())
            {
                if (!Bytes(item, out var hash))
                {
                    return Fail("an inclusion-proof hash is not base64");
                }

                hashes.Add(hash);
            }
        }

        proof = new InclusionProof(index, size, root, hashes);
        return null;
    }

    private static JsonElement? Property(JsonElement? element, string name) =>
        element is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty(name, out var property) && property.ValueKind != JsonValueKind.Null ? property : null;

    /// <summary>The base64 text as UTF-8, read from the JSON without building a string when it has no escapes.</summary>
    private static bool TryBase64Text(JsonElement? element, out byte[] text)
    {
        text = [];
        if (element is not { ValueKind: JsonValueKind.String } value)
        {
            return false;
        }

        var raw = System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(value);
        text = raw.Length >= 2 && !raw.Contains((byte)'\\') ? raw[1..^1].ToArray() : System.Text.Encoding.UTF8.GetBytes(value.GetString()!);
        return true;
    }

    private static string? Text(JsonElement? element) => element is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    private static bool Bytes(JsonElement? element, out byte[] bytes)
    {
        bytes = [];
        return element is { } value && Base64Text.TryDecode(value, out bytes);
    }

    private static VerificationFailure Fail(string reason) => new(VerificationStage.Bundle, reason);
}
