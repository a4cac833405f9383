using TrustCheck.Attestations.Verification;

namespace TrustCheck.Attestations.Tuf;

/// <summary>A target downloaded through TUF: its verified bytes, or why the refresh or download failed.</summary>
public sealed record TufTargetResult
{
    /// <summary>The target's bytes, whose length and SHA-256 the signed targets metadata fixes.</summary>
    public byte[]? Content { get; init; }

    /// <summary>Why no verified target could be obtained.</summary>
    public VerificationFailure? Failure { get; init; }

    /// <summary>A failed result.</summary>
    /// <param name="failure">Why.</param>
    public static TufTargetResult Failed(VerificationFailure failure) => new() { Failure = failure };
}
