using TrustCheck.Attestations.Certificates;

namespace TrustCheck.Attestations.Verification.Stages;

/// <summary>The signing certificate must chain to a trusted Fulcio CA, and be valid, at every verified signing time.</summary>
internal sealed class CertificateChainStage(CertificateChainValidator validator) : IBundleVerificationStage
{
    public VerificationFailure? Run(BundleVerificationContext context)
    {
        foreach (var time in context.VerifiedTimes)
        {
            var issuer = validator.FindIssuer(context.Leaf, context.Signing!.IsSignedBy, context.Root.CertificateAuthorities, time, out var error);
            if (issuer is null)
            {
                return new VerificationFailure(VerificationStage.Chain, error ?? "no trusted path");
            }

            context.Issuer ??= issuer;
        }

        var profile = LeafProfile.Check(context.Leaf);
        return profile is null ? null : new VerificationFailure(VerificationStage.Chain, profile);
    }
}
