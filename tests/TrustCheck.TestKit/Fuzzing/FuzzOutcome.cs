namespace TrustCheck.TestKit.Fuzzing;

/// <summary>What a parser did with one fuzz input.</summary>
public enum FuzzOutcome
{
    /// <summary>It parsed (or verified) the input.</summary>
    Accepted,

    /// <summary>It refused the input in the documented way (a result with an error, or an expected exception).</summary>
    Rejected,
}
