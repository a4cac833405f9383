using TrustCheck.Attestations.Verification;

namespace TrustCheck.Attestations.Pep740;

/// <summary>
/// The outcome of verifying a PEP 740 provenance object: verified only when it holds at least one attestation and
/// every attestation of every bundle verified.
/// </summary>
public sealed record ProvenanceVerificationResult
{
    /// <summary>Verified, failed or unsupported.</summary>
    public required AttestationStatus Status { get; init; }

    /// <summary>The first failure (stage and reason), or null when verified.</summary>
    public VerificationFailure? Failure { get; init; }

    /// <summary>Each attestation's outcome, in provenance order.</summary>
    public IReadOnlyList<AttestationVerificationResult> Attestations { get; init; } = [];
}
