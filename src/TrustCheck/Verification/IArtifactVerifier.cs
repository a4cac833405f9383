using TrustCheck.Reports.Verification;

namespace TrustCheck.Verification;

/// <summary>
/// Verifies evidence about one artifact offline (once the trusted root is known): PEP 740 provenance or a single
/// attestation for a distribution, or a Sigstore bundle for an artifact — what <c>trustcheck verify</c> and
/// <c>trustcheck sigstore verify-bundle</c> do, for any tool that embeds TrustCheck.
/// </summary>
public interface IArtifactVerifier
{
    /// <summary>Verifies a PEP 740 provenance object or attestation, including its subject binding to the distribution.</summary>
    /// <param name="request">The document, the distribution and who must have signed.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The report; <see cref="VerifyReport.Verified"/> only when everything verified.</returns>
    /// <exception cref="VerificationRequestException">The request does not fit together (missing or conflicting parts).</exception>
    /// <exception cref="FileNotFoundException">A named file does not exist.</exception>
    /// <exception cref="LocalFiles.LocalDocumentException">A file is not usable input (not a regular file, too large, not the document it must be).</exception>
    /// <exception cref="Sources.EvidenceSourceException">The trusted root could not be obtained.</exception>
    Task<VerifyReport> VerifyPep740Async(Pep740VerifyRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Verifies a Sigstore bundle for an artifact and a certificate identity, or for a managed public key (the
    /// sigstore-conformance protocol).
    /// </summary>
    /// <param name="request">The bundle, the artifact and the identity or key.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The report; <see cref="VerifyReport.Verified"/> only when everything verified.</returns>
    /// <exception cref="VerificationRequestException">The request does not fit together (missing or conflicting parts).</exception>
    /// <exception cref="FileNotFoundException">A named file does not exist.</exception>
    /// <exception cref="LocalFiles.LocalDocumentException">A file is not usable input (also a key that is not a supported PEM public key).</exception>
    /// <exception cref="Sources.EvidenceSourceException">The trusted root could not be obtained.</exception>
    Task<VerifyReport> VerifyBundleAsync(BundleVerifyRequest request, CancellationToken cancellationToken = default);
}
