namespace TrustCheck.Sources;

/// <summary>Why evidence could not be obtained. Stable: tools branch on it.</summary>
public enum EvidenceErrorKind
{
    /// <summary>The service could not be reached (DNS, connection, TLS), after retries.</summary>
    Unreachable,

    /// <summary>The service did not answer in time, after retries.</summary>
    Timeout,

    /// <summary>The service answered with an HTTP error status, after retries.</summary>
    HttpStatus,

    /// <summary>The answer was larger than the limit for that endpoint.</summary>
    TooLarge,

    /// <summary>The answer ended before its declared length.</summary>
    Truncated,

    /// <summary>The answer could not be parsed (invalid or too deeply nested JSON, wrong shape).</summary>
    Malformed,

    /// <summary>A redirect that TrustCheck refuses to follow (not HTTPS, too many hops).</summary>
    UnsafeRedirect,

    /// <summary>Offline mode, and the cache does not hold the answer.</summary>
    NotCached,

    /// <summary>Too many recent failures for this host; requests are not being sent for a while.</summary>
    CircuitOpen,
}
