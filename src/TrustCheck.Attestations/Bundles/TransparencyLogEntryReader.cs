using TrustCheck.Attestations.Codecs;
using TrustCheck.Attestations.Json;
using TrustCheck.Attestations.Transparency;
using TrustCheck.Attestations.Verification;

namespace TrustCheck.Attestations.Bundles;

/// <summary>Turns the wire form of a transparency-log entry into a <see cref="TransparencyLogEntry"/>.</summary>
internal static class TransparencyLogEntryReader
{
    public static VerificationFailure? TryRead(TransparencyLogEntryDocument? document, out TransparencyLogEntry? entry)
    {
        entry = null;
        if (document is null)
        {
            return Fail("a transparency-log entry is missing");
        }

        if (!JsonInt64.TryRead(document.LogIndex, out var logIndex) || logIndex < 0)
        {
            return Fail("the entry's logIndex is missing or negative");
        }

        if (!Base64Text.TryDecode(document.LogId?.KeyId, out var logId) || logId.Length == 0)
        {
            return Fail("the entry's logId is missing or not base64");
        }

        if (document.KindVersion?.Kind is not { Length: > 0 } kind || document.KindVersion.Version is not { Length: > 0 } version)
        {
            return Fail("the entry's kindVersion is missing");
        }

        long integratedTime = 0;
        if (document.IntegratedTime is not null && !JsonInt64.TryRead(document.IntegratedTime, out integratedTime))
        {
            return Fail("the entry's integratedTime is not an integer");
        }

        if (document.CanonicalizedBody is not { Length: > 0 } bodyText || !Base64Text.TryDecode(bodyText, out var body))
        {
            return Fail("the entry's canonicalizedBody is missing or not base64");
        }

        ReadOnlyMemory<byte>? signedEntryTimestamp = null;
        if (document.InclusionPromise is { } promise)
        {
            if (!Base64Text.TryDecode(promise.SignedEntryTimestamp, out var set) || set.Length == 0)
            {
                return Fail("the entry's inclusion promise is not base64");
            }

            signedEntryTimestamp = set;
        }

        InclusionProof? proof = null;
        string? checkpoint = null;
        if (document.InclusionProof is { } proofDocument)
        {
            var proofFailure = TryReadProof(proofDocument, out proof);
            if (proofFailure is not null)
            {
                return proofFailure;
            }

            checkpoint = proofDocument.Checkpoint?.Envelope;
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

    private static VerificationFailure? TryReadProof(InclusionProofDocument document, out InclusionProof? proof)
    {
        proof = null;
        if (!JsonInt64.TryRead(document.LogIndex, out var index) || !JsonInt64.TryRead(document.TreeSize, out var size))
        {
            return Fail("the inclusion proof's logIndex or treeSize is missing");
        }

        if (!Base64Text.TryDecode(document.RootHash, out var root))
        {
            return Fail("the inclusion proof's rootHash is not base64");
        }

        var hashes = new List<ReadOnlyMemory<byte>>(document.Hashes?.Count ?? 0);
        foreach (var text in document.Hashes ?? [])
        {
            if (!Base64Text.TryDecode(text, out var hash))
            {
                return Fail("an inclusion-proof hash is not base64");
            }

            hashes.Add(hash);
        }

        proof = new InclusionProof(index, size, root, hashes);
        return null;
    }

    private static VerificationFailure Fail(string reason) => new(VerificationStage.Bundle, reason);
}
