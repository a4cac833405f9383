namespace TrustCheck.Attestations.Verification;

/// <summary>Why verification failed: the stage that rejected the input and a reason a person can act on.</summary>
/// <param name="Stage">The stage that failed.</param>
/// <param name="Reason">What was wrong, naming the values involved.</param>
public sealed record VerificationFailure(VerificationStage Stage, string Reason)
{
    /// <summary>The stage and reason on one line.</summary>
    public override string ToString() => $"{Stage}: {Reason}";
}
