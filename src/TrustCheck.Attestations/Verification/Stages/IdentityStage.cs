using TrustCheck.Attestations.Certificates;

namespace TrustCheck.Attestations.Verification.Stages;

/// <summary>Decodes the certificate's identity and applies the caller's identity policy.</summary>
internal sealed class IdentityStage : IBundleVerificationStage
{
    public VerificationFailure? Run(BundleVerificationContext context)
    {
        var identity = FulcioIdentityReader.TryRead(context.Leaf, out var error);
        if (identity is null)
        {
            return new VerificationFailure(VerificationStage.Identity, error ?? "the certificate's identity cannot be read");
        }

        context.Identity = identity;
        if (context.Policy is not { } policy)
        {
            return new VerificationFailure(VerificationStage.Identity, "no identity policy was given for a certificate bundle");
        }

        var mismatch = policy.Check(identity);
        return mismatch is null ? null : new VerificationFailure(VerificationStage.Identity, $"{mismatch} (policy: {policy.Description})");
    }
}
