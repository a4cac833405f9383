namespace TrustCheck.Verification;

/// <summary>A verification request whose parts are missing or do not fit together: the caller's mistake, not a verdict.</summary>
public sealed class VerificationRequestException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong with the request.</param>
    public VerificationRequestException(string message)
        : base(message)
    {
    }
}
