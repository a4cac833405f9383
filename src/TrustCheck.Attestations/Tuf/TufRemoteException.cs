namespace TrustCheck.Attestations.Tuf;

/// <summary>The TUF repository could not be reached or answered with an error other than "not found".</summary>
public sealed class TufRemoteException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TufRemoteException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What failed.</param>
    public TufRemoteException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The cause.</param>
    public TufRemoteException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
