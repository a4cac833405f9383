namespace TrustCheck.TestKit;

/// <summary>A result does not match its approved snapshot.</summary>
public sealed class ApprovalException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ApprovalException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">Which snapshot differs and where the received file is.</param>
    public ApprovalException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ApprovalException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
