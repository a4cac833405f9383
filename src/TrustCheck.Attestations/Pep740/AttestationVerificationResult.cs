using TrustCheck.Attestations.Certificates;
using TrustCheck.Attestations.InToto;
using TrustCheck.Attestations.Verification;

namespace TrustCheck.Attestations.Pep740;

/// <summary>The outcome of verifying one PEP 740 attestation for a distribution.</summary>
public sealed record AttestationVerificationResult
{
    /// <summary>Verified, failed or unsupported.</summary>
    public required AttestationStatus Status { get; init; }

    /// <summary>Why it is not verified (stage and reason), or null.</summary>
    public VerificationFailure? Failure { get; init; }

    /// <summary>The publisher the provenance named for this attestation, if any.</summary>
    public TrustedPublisher? Publisher { get; init; }

    /// <summary>The signing certificate's identity, when it could be read.</summary>
    public FulcioIdentity? Identity { get; init; }

    /// <summary>The verified statement, when the signature verified.</summary>
    public InTotoStatement? Statement { get; init; }

    /// <summary>The verified signing times.</summary>
    public IReadOnlyList<DateTimeOffset> SigningTimes { get; init; } = [];
}
