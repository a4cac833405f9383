namespace TrustCheck.Attestations.Pep740;

/// <summary>The outcome of verifying PEP 740 evidence.</summary>
public enum AttestationStatus
{
    /// <summary>Every check passed.</summary>
    Verified,

    /// <summary>A check failed; see the failure for the stage and reason.</summary>
    Failed,

    /// <summary>The publisher kind has no attestation identity (ActiveState, unknown kinds): it cannot be verified.</summary>
    Unsupported,
}
