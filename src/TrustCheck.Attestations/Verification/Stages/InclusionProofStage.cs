namespace TrustCheck.Attestations.Verification.Stages;

/// <summary>The entry body must be in the log: its audit path must lead to the proof's root hash.</summary>
internal sealed class InclusionProofStage : IBundleVerificationStage
{
    public VerificationFailure? Run(BundleVerificationContext context) =>
        context.Entry.InclusionProof!.Verify(context.Entry.CanonicalizedBody.Span);
}
