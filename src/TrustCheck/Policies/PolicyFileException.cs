namespace TrustCheck.Policies;

/// <summary>A policy file cannot be used: unreadable, not valid JSON, or a rule with a wrong value.</summary>
public sealed class PolicyFileException : Exception
{
    /// <summary>Creates an exception.</summary>
    public PolicyFileException()
    {
    }

    /// <summary>Creates an exception.</summary>
    /// <param name="message">The message.</param>
    public PolicyFileException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public PolicyFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
