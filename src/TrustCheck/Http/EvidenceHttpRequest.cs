namespace TrustCheck.Http;

/// <summary>One request to a service.</summary>
/// <param name="Url">The URL, possibly with credentials (they become an <c>Authorization</c> header).</param>
/// <param name="Accept">The <c>Accept</c> header value.</param>
/// <param name="MaxBytes">The largest body accepted.</param>
internal sealed record EvidenceHttpRequest(Uri Url, string Accept, long MaxBytes)
{
    /// <summary>A body to POST (JSON); null for GET.</summary>
    public byte[]? JsonBody { get; init; }

    /// <summary>Distinguishes cache entries of one URL (an OSV record's <c>modified</c> time); not sent.</summary>
    public string? CacheVariant { get; init; }

    /// <summary>
    /// Use a cached answer only once the service confirms it (a conditional request even when it is fresh): for a
    /// retry after something in the cache may have been the cause of a failure. Not part of the cache key.
    /// </summary>
    public bool Revalidate { get; init; }

    /// <summary>An <c>ETag</c> to revalidate.</summary>
    public string? IfNoneMatch { get; init; }
}
