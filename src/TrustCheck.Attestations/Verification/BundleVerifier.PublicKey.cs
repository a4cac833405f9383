using TrustCheck.Attestations.Bundles;
using TrustCheck.Attestations.Policies;

namespace TrustCheck.Attestations.Verification;

/// <summary>Verification of bundles signed with a managed (long-lived) key instead of a Fulcio certificate.</summary>
public sealed partial class BundleVerifier
{
    /// <summary>
    /// Verifies a bundle signed with a managed key: the bundle must carry no certificate, a key hint (when present)
    /// must name <paramref name="key"/>, the single log entry must come from a trusted log with an inclusion proof
    /// and signed checkpoint or a verified inclusion promise, its body must record this key and this signature, a
    /// verified time must date it, and the signature must verify with the key. No certificate chain, SCT or identity
    /// applies.
    /// </summary>
    /// <param name="bundle">The parsed bundle.</param>
    /// <param name="key">The key that must have signed.</param>
    /// <param name="artifact">For message signatures, the artifact digest (and for Ed25519 its bytes); <see cref="ArtifactExpectation.DsseSubject"/> for attestations.</param>
    /// <returns>The outcome; never throws for bad input.</returns>
    public BundleVerificationResult Verify(SigstoreBundle bundle, PublicKeyPolicy key, ArtifactExpectation artifact)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(artifact);
        using var context = new BundleVerificationContext(bundle, _root, key, artifact);
        return Run(_keyStages, context);
    }
}
