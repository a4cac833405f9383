namespace TrustCheck.TestKit.Http.Evidence;

/// <summary>Which <see cref="EvidenceCaching"/> lifetime a successful response carries.</summary>
internal enum ResponseCacheClass
{
    /// <summary>No <c>ETag</c> and no <c>Cache-Control</c>.</summary>
    None,

    /// <summary>The PyPI JSON API (<c>/pypi/...</c>).</summary>
    JsonApi,

    /// <summary>The Simple Repository API (<c>/simple/...</c>).</summary>
    Simple,

    /// <summary>The Integrity API (<c>/integrity/...</c>).</summary>
    Integrity,

    /// <summary>The OSV API (<c>/osv/...</c>).</summary>
    Osv,

    /// <summary>Static files: the TUF repository, the popular-names list, synthetic artifacts.</summary>
    Static,
}
