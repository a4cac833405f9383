namespace TrustCheck.TestKit.FailClosed;

/// <summary>How a fail-closed row spoils the one input it is about.</summary>
public enum Corruption
{
    /// <summary>The input is missing, so the stage that needs it has nothing to check.</summary>
    Removed,

    /// <summary>The input is present but altered (a flipped bit, another value, a valid signature over other bytes).</summary>
    Corrupted,

    /// <summary>The input is well formed but comes from a key, CA, log or identity the verifier must not trust.</summary>
    Untrusted,

    /// <summary>The input is genuine but its key or certificate was not valid at the signing time.</summary>
    OutsideWindow,
}
