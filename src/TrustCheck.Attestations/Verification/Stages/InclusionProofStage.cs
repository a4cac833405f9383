namespace TrustCheck.Attestations.Verification.Stages;

/// <summary>
/// The entry body must be in the log: its audit path must lead to the proof's root hash. For a Rekor v2 entry the
/// entry's log index is the index in that tree, so it must be the proof's; Rekor v1's entry index is global across
/// shards and legitimately differs from the proof's index in its shard. A managed-key entry may instead rest on its
/// inclusion promise alone, which the promise stage has then verified.
/// </summary>
internal sealed class InclusionProofStage : IBundleVerificationStage
{
    public VerificationFailure? Run(BundleVerificationContext context)
    {
        var entry = context.Entry;
        if (entry.InclusionProof is not { } proof)
        {
            return PromiseStandsIn(context)
                ? null
                : new VerificationFailure(VerificationStage.InclusionProof, "the log entry has no inclusion proof");
        }

        if (RekorEntries.IsV2(entry) && entry.LogIndex != proof.LogIndex)
        {
            return new VerificationFailure(VerificationStage.InclusionProof, $"the entry's log index {entry.LogIndex} is not the inclusion proof's {proof.LogIndex}");
        }

        return proof.Verify(entry.CanonicalizedBody.Span);
    }

    /// <summary>Only a managed-key entry with a (verified, by the earlier stage) inclusion promise may go without a proof.</summary>
    internal static bool PromiseStandsIn(BundleVerificationContext context) =>
        context.KeyPolicy is not null && context.Entry.SignedEntryTimestamp is not null && context.VerifiedTimes.Count > 0;
}
