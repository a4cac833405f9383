namespace TrustCheck.TestKit.Redis;

/// <summary>A real Redis server could not be started for a test: <c>redis-server</c> is missing or did not come up.</summary>
public sealed class RedisServerUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RedisServerUnavailableException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong and how to fix it.</param>
    public RedisServerUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public RedisServerUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
