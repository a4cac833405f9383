namespace TrustCheck.TestKit.Resolution;

/// <summary>
/// pip could not be used as the reference: python3 or pip is missing, or pip failed for a reason that is not "no
/// solution" (it refused the index, a wheel or a metadata file). Tests fail with it; they never skip.
/// </summary>
public sealed class PipReferenceException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PipReferenceException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong, with pip's output.</param>
    public PipReferenceException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public PipReferenceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
