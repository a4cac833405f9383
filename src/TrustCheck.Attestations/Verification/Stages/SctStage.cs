namespace TrustCheck.Attestations.Verification.Stages;

/// <summary>The signing certificate's embedded SCT must verify against a trusted CT log.</summary>
internal sealed class SctStage : IBundleVerificationStage
{
    public VerificationFailure? Run(BundleVerificationContext context)
    {
        var error = context.Signing!.VerifyScts(context.Issuer!, context.Root);
        return error is null ? null : new VerificationFailure(VerificationStage.Sct, error);
    }
}
