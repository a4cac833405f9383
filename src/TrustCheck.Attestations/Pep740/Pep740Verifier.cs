using System.Text.Json;
using TrustCheck.Attestations.InToto;
using TrustCheck.Attestations.Policies;
using TrustCheck.Attestations.TrustRoot;
using TrustCheck.Attestations.Verification;

namespace TrustCheck.Attestations.Pep740;

/// <summary>
/// Verifies PEP 740 provenance and attestations for a distribution, offline, as pypi-attestations does: each
/// attestation as a Sigstore bundle under its publisher's policy (or the caller's), then its in-toto statement
/// (predicate type) and its single subject against the distribution's file name and SHA-256.
/// Thread-safe; create one per trusted root and reuse it.
/// </summary>
public sealed partial class Pep740Verifier
{
    private readonly BundleVerifier _bundles;

    /// <summary>Creates a verifier for a trusted root.</summary>
    /// <param name="root">The trusted root; the caller keeps ownership.</param>
    public Pep740Verifier(TrustedRoot root) => _bundles = new BundleVerifier(root);

    /// <summary>Forgets the signing certificates seen so far (benchmarks of a release's first attestation).</summary>
    internal void ForgetSigningCertificates() => _bundles.ForgetSigningCertificates();

    /// <summary>Verifies a provenance object (the PyPI Integrity API's response).</summary>
    /// <param name="provenanceJson">The provenance's UTF-8 JSON.</param>
    /// <param name="distribution">The file it must be about.</param>
    /// <param name="policy">Who must have signed; null to use each bundle's own publisher, as PyPI does.</param>
    /// <param name="additionalPolicy">A policy that must hold as well (e.g. an expected repository), or null.</param>
    public ProvenanceVerificationResult VerifyProvenance(ReadOnlySpan<byte> provenanceJson, DistributionIdentity distribution, IIdentityPolicy? policy = null, IIdentityPolicy? additionalPolicy = null)
    {
        ArgumentNullException.ThrowIfNull(distribution);
        var failure = Provenance.TryParse(provenanceJson, out var provenance);
        if (failure is not null)
        {
            return new ProvenanceVerificationResult { Status = AttestationStatus.Failed, Failure = failure };
        }

        var results = new List<AttestationVerificationResult>();
        foreach (var bundle in provenance!.Bundles)
        {
            foreach (var attestation in bundle.Attestations)
            {
                var bundlePolicy = policy ?? bundle.Publisher.ToPolicy();
                results.Add(bundlePolicy is null
                    ? Unsupported(bundle.Publisher)
                    : VerifyAttestation(attestation, distribution, Combine(bundlePolicy, additionalPolicy)) with { Publisher = bundle.Publisher });
            }
        }

        if (results.Count == 0)
        {
            return new ProvenanceVerificationResult
            {
                Status = AttestationStatus.Failed,
                Failure = new VerificationFailure(VerificationStage.Bundle, "the provenance holds no attestation"),
            };
        }

        var firstProblem = results.FirstOrDefault(r => r.Status != AttestationStatus.Verified);
        return new ProvenanceVerificationResult
        {
            Status = firstProblem?.Status ?? AttestationStatus.Verified,
            Failure = firstProblem?.Failure,
            Attestations = results,
        };
    }

    /// <summary>Verifies one attestation object.</summary>
    /// <param name="attestation">The attestation JSON object.</param>
    /// <param name="distribution">The file it must be about.</param>
    /// <param name="policy">Who must have signed.</param>
    public AttestationVerificationResult VerifyAttestation(JsonElement attestation, DistributionIdentity distribution, IIdentityPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(distribution);
        ArgumentNullException.ThrowIfNull(policy);
        var failure = Pep740Attestation.TryToBundle(attestation, out var bundle);
        if (failure is not null)
        {
            return Failed(failure);
        }

        var verified = _bundles.Verify(bundle!, policy, ArtifactExpectation.DsseSubject);
        if (!verified.IsVerified)
        {
            return Failed(verified.Failure!) with { Identity = verified.Identity };
        }

        failure = InTotoStatement.TryParse(verified.Envelope!.Payload.Span, out var statement);
        if (failure is null && !PredicateTypes.IsSupported(statement!.PredicateType))
        {
            failure = new VerificationFailure(VerificationStage.Statement, $"unknown attestation type '{statement.PredicateType}'");
        }

        failure ??= SubjectMatcher.Check(statement!, distribution);
        return new AttestationVerificationResult
        {
            Status = failure is null ? AttestationStatus.Verified : AttestationStatus.Failed,
            Failure = failure,
            Identity = verified.Identity,
            Statement = statement,
            SigningTimes = verified.SigningTimes,
        };
    }

    private static IIdentityPolicy Combine(IIdentityPolicy policy, IIdentityPolicy? additional) =>
        additional is null ? policy : new AllOfPolicy([policy, additional]);

    private static AttestationVerificationResult Failed(VerificationFailure failure) =>
        new() { Status = AttestationStatus.Failed, Failure = failure };

    private static AttestationVerificationResult Unsupported(TrustedPublisher publisher) => new()
    {
        Status = AttestationStatus.Unsupported,
        Publisher = publisher,
        Failure = new VerificationFailure(VerificationStage.Identity, $"the publisher kind '{publisher.Kind}' has no attestation identity, so its attestations cannot be verified"),
    };
}
