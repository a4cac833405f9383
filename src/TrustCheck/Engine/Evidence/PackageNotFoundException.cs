namespace TrustCheck.Engine.Evidence;

/// <summary>A requested project or release does not exist on the index.</summary>
public sealed class PackageNotFoundException : Exception
{
    /// <summary>Creates an exception.</summary>
    public PackageNotFoundException()
    {
    }

    /// <summary>Creates an exception.</summary>
    /// <param name="message">The message.</param>
    public PackageNotFoundException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public PackageNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
