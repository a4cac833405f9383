namespace TrustCheck.Engine.Evidence;

/// <summary>
/// A requested project or release does not exist on the index. When the missing project's name is close to a
/// popular or trusted one, <see cref="SuggestedProject"/> names it: a name that does not exist is what typosquatters
/// register next and what code assistants hallucinate.
/// </summary>
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

    /// <summary>The missing project (PEP 503 normalised), when the whole project is missing (not one release of it).</summary>
    public string? Project { get; init; }

    /// <summary>The popular or trusted project the missing name is close to, or null.</summary>
    public string? SuggestedProject { get; init; }

    /// <summary>How the missing name resembles <see cref="SuggestedProject"/> (<c>transposition</c>, …), or null.</summary>
    public string? Technique { get; init; }
}
