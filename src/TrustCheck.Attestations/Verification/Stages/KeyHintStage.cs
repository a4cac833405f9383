namespace TrustCheck.Attestations.Verification.Stages;

/// <summary>
/// Managed-key bundles only: a key hint in the bundle must name the key the caller gave (base64 of the SHA-256 of its
/// DER SubjectPublicKeyInfo). A bundle without a hint passes here; its signature and log entry still must match the key.
/// </summary>
internal sealed class KeyHintStage : IBundleVerificationStage
{
    public VerificationFailure? Run(BundleVerificationContext context)
    {
        var mismatch = context.KeyPolicy!.CheckHint(context.Bundle.PublicKeyHint);
        return mismatch is null ? null : new VerificationFailure(VerificationStage.Identity, mismatch);
    }
}
