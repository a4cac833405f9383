using System.Security.Cryptography;
using TrustCheck.Attestations.Bundles;
using TrustCheck.Attestations.InToto;
using TrustCheck.Attestations.Policies;

namespace TrustCheck.Attestations.Verification;

/// <summary>Verification of a bundle against the artifact it must be about.</summary>
public sealed partial class BundleVerifier
{
    /// <summary>
    /// Verifies a Sigstore bundle for an artifact, as the sigstore-conformance protocol does: a message signature
    /// must be over the artifact's SHA-256; a DSSE envelope must carry an in-toto statement with a subject whose
    /// <c>sha256</c> is the artifact's. Nothing verifies unless the bundle and that binding both hold.
    /// </summary>
    /// <param name="bundleJson">The bundle's UTF-8 JSON.</param>
    /// <param name="artifactSha256">The artifact's SHA-256 digest (32 bytes).</param>
    /// <param name="policy">Who must have signed.</param>
    /// <returns>The outcome; a subject that does not name the artifact fails at <see cref="VerificationStage.Subject"/>.</returns>
    /// <exception cref="ArgumentException">The digest is not 32 bytes.</exception>
    public BundleVerificationResult VerifyArtifact(ReadOnlySpan<byte> bundleJson, ReadOnlyMemory<byte> artifactSha256, IIdentityPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return VerifyArtifact(bundleJson, artifactSha256, null, (bundle, expectation) => Verify(bundle, policy, expectation));
    }

    /// <summary>
    /// Verifies a Sigstore bundle signed with a managed key for an artifact, as <see cref="VerifyArtifact(ReadOnlySpan{byte}, ReadOnlyMemory{byte}, IIdentityPolicy)"/>
    /// does for certificate bundles: the signature must verify with <paramref name="key"/>, the log entry must record
    /// that key, and a key hint in the bundle must name it.
    /// </summary>
    /// <param name="bundleJson">The bundle's UTF-8 JSON.</param>
    /// <param name="artifactSha256">The artifact's SHA-256 digest (32 bytes).</param>
    /// <param name="key">The key that must have signed.</param>
    /// <param name="artifactContent">
    /// The artifact's bytes, needed only for Ed25519 message signatures (which sign the artifact, not its digest);
    /// when given they must hash to <paramref name="artifactSha256"/>.
    /// </param>
    /// <returns>The outcome; a certificate bundle fails at <see cref="VerificationStage.Bundle"/>.</returns>
    /// <exception cref="ArgumentException">The digest is not 32 bytes.</exception>
    public BundleVerificationResult VerifyArtifact(ReadOnlySpan<byte> bundleJson, ReadOnlyMemory<byte> artifactSha256, PublicKeyPolicy key, ReadOnlyMemory<byte>? artifactContent = null)
    {
        ArgumentNullException.ThrowIfNull(key);
        return VerifyArtifact(bundleJson, artifactSha256, artifactContent, (bundle, expectation) => Verify(bundle, key, expectation));
    }

    private static BundleVerificationResult VerifyArtifact(
        ReadOnlySpan<byte> bundleJson,
        ReadOnlyMemory<byte> artifactSha256,
        ReadOnlyMemory<byte>? artifactContent,
        Func<SigstoreBundle, ArtifactExpectation, BundleVerificationResult> verify)
    {
        if (artifactSha256.Length != SHA256.HashSizeInBytes)
        {
            throw new ArgumentException($"A SHA-256 digest is {SHA256.HashSizeInBytes} bytes, not {artifactSha256.Length}.", nameof(artifactSha256));
        }

        var failure = BundleReader.TryRead(bundleJson, out var bundle);
        if (failure is not null)
        {
            return BundleVerificationResult.Failed(failure);
        }

        var expectation = bundle!.DsseEnvelope is null
            ? new ArtifactExpectation(artifactSha256) { Content = artifactContent }
            : ArtifactExpectation.DsseSubject;
        var result = verify(bundle, expectation);
        if (!result.IsVerified || result.Envelope is null)
        {
            return result;
        }

        failure = InTotoStatement.TryParse(result.Envelope.Payload.Span, out var statement);
        if (failure is not null)
        {
            return result with { Failure = failure, Envelope = null };
        }

        var hex = Convert.ToHexStringLower(artifactSha256.Span);
        return statement!.Subjects.Any(s => s.Digests.TryGetValue("sha256", out var digest) && string.Equals(digest, hex, StringComparison.Ordinal))
            ? result
            : result with { Failure = new VerificationFailure(VerificationStage.Subject, "no statement subject has the artifact's sha256"), Envelope = null };
    }
}
