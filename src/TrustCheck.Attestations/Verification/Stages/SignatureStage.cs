namespace TrustCheck.Attestations.Verification.Stages;

/// <summary>
/// The signature must verify with the signing certificate's key: over the DSSE pre-authentication encoding, or over
/// the expected artifact's SHA-256 for a message signature.
/// </summary>
internal sealed class SignatureStage : IBundleVerificationStage
{
    public VerificationFailure? Run(BundleVerificationContext context)
    {
        if (context.Bundle.DsseEnvelope is { } envelope)
        {
            return context.LeafKey.Verify(envelope.PreAuthenticationEncoding(), envelope.Signatures[0].Span)
                ? null
                : Fail("the DSSE signature does not verify with the signing certificate's key");
        }

        var message = context.Bundle.MessageSignature!;
        var artifact = context.Artifact.Sha256!.Value;
        if (message.Digest.Length > 0 && !message.Digest.Span.SequenceEqual(artifact.Span))
        {
            return Fail("the bundle's message digest is not the artifact's SHA-256");
        }

        // A digest labelled with another (or no) algorithm contradicts the SHA-256 that is verified: refuse, not ignore.
        if (message.Digest.Length > 0 && message.DigestAlgorithm != "SHA2_256")
        {
            return Fail($"the bundle's message digest is labelled '{message.DigestAlgorithm}', not SHA2_256, the digest that is verified");
        }

        return context.LeafKey.VerifyPrehashed(artifact.Span, message.Signature.Span)
            ? null
            : Fail("the message signature does not verify over the artifact's SHA-256");
    }

    private static VerificationFailure Fail(string reason) => new(VerificationStage.Signature, reason);
}
