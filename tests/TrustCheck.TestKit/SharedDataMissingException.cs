namespace TrustCheck.TestKit;

/// <summary>The shared reference data needed by a test is not where it must be.</summary>
public sealed class SharedDataMissingException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SharedDataMissingException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is missing and where it was looked for.</param>
    public SharedDataMissingException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What is missing.</param>
    /// <param name="innerException">The cause.</param>
    public SharedDataMissingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
