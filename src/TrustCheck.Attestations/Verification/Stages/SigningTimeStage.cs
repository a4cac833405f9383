namespace TrustCheck.Attestations.Verification.Stages;

/// <summary>At least one trusted signing time (a verified promise or timestamp) is required; the wall clock never counts.</summary>
internal sealed class SigningTimeStage : IBundleVerificationStage
{
    public VerificationFailure? Run(BundleVerificationContext context) =>
        context.VerifiedTimes.Count > 0
            ? null
            : new VerificationFailure(VerificationStage.Timestamp, "no verified signing time: the bundle has neither a verifiable inclusion promise nor a verifiable RFC 3161 timestamp");
}
