using System.Security.Cryptography;

namespace TrustCheck.Attestations.Verification.Stages;

/// <summary>
/// The signature must verify with the verification material's key (the signing certificate's, or the managed key):
/// over the DSSE pre-authentication encoding, or for a message signature over the expected artifact's SHA-256 —
/// except Ed25519, which signs the artifact itself, so the artifact's bytes must be at hand.
/// </summary>
internal sealed class SignatureStage : IBundleVerificationStage
{
    public VerificationFailure? Run(BundleVerificationContext context)
    {
        var material = context.Material;
        if (context.Bundle.DsseEnvelope is { } envelope)
        {
            return material.Verifies(envelope.PreAuthenticationEncoding(), envelope.Signatures[0].Span)
                ? null
                : Fail($"the DSSE signature does not verify with the {material.Name}'s key");
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

        if (material.IsEd25519)
        {
            if (context.Artifact.Content is not { } content)
            {
                return Fail("an Ed25519 message signature signs the artifact itself: it cannot be checked against the artifact's digest alone");
            }

            if (!SHA256.HashData(content.Span).AsSpan().SequenceEqual(artifact.Span))
            {
                return Fail("the artifact's bytes do not hash to the artifact's SHA-256");
            }

            return material.Verifies(content.Span, message.Signature.Span)
                ? null
                : Fail("the message signature does not verify over the artifact");
        }

        return material.VerifiesDigest(artifact.Span, message.Signature.Span)
            ? null
            : Fail("the message signature does not verify over the artifact's SHA-256");
    }

    private static VerificationFailure Fail(string reason) => new(VerificationStage.Signature, reason);
}
