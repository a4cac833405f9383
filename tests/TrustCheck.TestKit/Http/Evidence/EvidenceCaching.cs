namespace TrustCheck.TestKit.Http.Evidence;

/// <summary>
/// The <c>Cache-Control: max-age=N, public</c> lifetimes an <see cref="EvidenceServer"/> sends with successful
/// responses, per API. The defaults are PyPI's (JSON API 15 minutes, Simple and Integrity 10 minutes).
/// </summary>
public sealed class EvidenceCaching
{
    /// <summary>The lifetime of <c>/pypi/{name}/json</c> and <c>/pypi/{name}/{version}/json</c> responses.</summary>
    public TimeSpan JsonApiMaxAge { get; set; } = TimeSpan.FromSeconds(900);

    /// <summary>The lifetime of <c>/simple/...</c> responses, JSON and HTML.</summary>
    public TimeSpan SimpleMaxAge { get; set; } = TimeSpan.FromSeconds(600);

    /// <summary>The lifetime of <c>/integrity/.../provenance</c> responses.</summary>
    public TimeSpan IntegrityMaxAge { get; set; } = TimeSpan.FromSeconds(600);

    /// <summary>The lifetime of OSV responses (<c>/osv/v1/...</c>).</summary>
    public TimeSpan OsvMaxAge { get; set; } = TimeSpan.FromSeconds(600);

    /// <summary>The lifetime of static files (TUF metadata and targets, the popular-names list, artifacts).</summary>
    public TimeSpan StaticMaxAge { get; set; } = TimeSpan.FromSeconds(300);

    internal TimeSpan? MaxAgeOf(ResponseCacheClass cacheClass) => cacheClass switch
    {
        ResponseCacheClass.JsonApi => JsonApiMaxAge,
        ResponseCacheClass.Simple => SimpleMaxAge,
        ResponseCacheClass.Integrity => IntegrityMaxAge,
        ResponseCacheClass.Osv => OsvMaxAge,
        ResponseCacheClass.Static => StaticMaxAge,
        _ => null,
    };
}
