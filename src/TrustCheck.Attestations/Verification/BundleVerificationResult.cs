using TrustCheck.Attestations.Certificates;
using TrustCheck.Attestations.Dsse;

namespace TrustCheck.Attestations.Verification;

/// <summary>
/// The outcome of verifying one Sigstore bundle. <see cref="IsVerified"/> is true only when every stage passed;
/// otherwise <see cref="Failure"/> names the stage that rejected it and why.
/// </summary>
public sealed record BundleVerificationResult
{
    /// <summary>True only when every check passed.</summary>
    public bool IsVerified => Failure is null;

    /// <summary>Why verification failed, or null when it succeeded.</summary>
    public VerificationFailure? Failure { get; init; }

    /// <summary>The signer's identity, when the certificate was read (also on some failures, for diagnostics).</summary>
    public FulcioIdentity? Identity { get; init; }

    /// <summary>The verified DSSE envelope; null on failure or for message signatures.</summary>
    public DsseEnvelope? Envelope { get; init; }

    /// <summary>The verified signing times (from the inclusion promise and timestamps).</summary>
    public IReadOnlyList<DateTimeOffset> SigningTimes { get; init; } = [];

    /// <summary>A failed result.</summary>
    /// <param name="failure">Why.</param>
    public static BundleVerificationResult Failed(VerificationFailure failure) => new() { Failure = failure };
}
