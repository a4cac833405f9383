namespace TrustCheck.Sources;

/// <summary>
/// Evidence could not be obtained from a source: broken infrastructure, not a verdict. The message and
/// <see cref="Url"/> never carry credentials.
/// </summary>
public sealed class EvidenceSourceException : Exception
{
    /// <summary>Creates an exception.</summary>
    public EvidenceSourceException()
        : this(EvidenceErrorKind.Unreachable, string.Empty, "Evidence could not be obtained.")
    {
    }

    /// <summary>Creates an exception.</summary>
    /// <param name="message">The message.</param>
    public EvidenceSourceException(string message)
        : this(EvidenceErrorKind.Unreachable, string.Empty, message)
    {
    }

    /// <summary>Creates an exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public EvidenceSourceException(string message, Exception innerException)
        : this(EvidenceErrorKind.Unreachable, string.Empty, message, innerException)
    {
    }

    /// <summary>Creates an exception.</summary>
    /// <param name="kind">Why.</param>
    /// <param name="url">The URL concerned, already redacted.</param>
    /// <param name="message">The message, already redacted.</param>
    /// <param name="innerException">The cause.</param>
    /// <param name="statusCode">The HTTP status, for <see cref="EvidenceErrorKind.HttpStatus"/>.</param>
    public EvidenceSourceException(EvidenceErrorKind kind, string url, string message, Exception? innerException = null, int? statusCode = null)
        : base(message, innerException)
    {
        Kind = kind;
        Url = url;
        StatusCode = statusCode;
    }

    /// <summary>Why.</summary>
    public EvidenceErrorKind Kind { get; }

    /// <summary>The URL concerned, credentials redacted.</summary>
    public string Url { get; }

    /// <summary>The HTTP status, when the service answered with an error.</summary>
    public int? StatusCode { get; }
}
