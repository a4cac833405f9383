using TrustCheck.Configuration;

namespace TrustCheck.Caching;

/// <summary>
/// How long fetched evidence is kept, and whether the network may be used at all. Validated when the container is
/// built (<see cref="EvidenceCacheOptionsValidator"/>): no duration may be negative.
/// </summary>
public sealed class EvidenceCacheOptions
{
    /// <summary>Use the cache only: a miss is an error naming what is missing. Stale entries are used as they are.</summary>
    public bool Offline { get; set; }

    /// <summary>How long an answer stays in the cache (for revalidation and offline use) after it stops being fresh.</summary>
    [ValueRange(typeof(TimeSpan), "00:00:00", "10675199.02:48:05.4775807", ErrorMessage = "{0} cannot be negative.")]
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How long a "not found" answer (no such project, no provenance) is trusted before asking again.</summary>
    [ValueRange(typeof(TimeSpan), "00:00:00", "10675199.02:48:05.4775807", ErrorMessage = "{0} cannot be negative.")]
    public TimeSpan NotFoundFreshness { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long the in-memory tier keeps an entry.</summary>
    [ValueRange(typeof(TimeSpan), "00:00:00", "10675199.02:48:05.4775807", ErrorMessage = "{0} cannot be negative.")]
    public TimeSpan MemoryRetention { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// After the shared cache (Redis, through <c>UseRedisCache</c>) fails, how long lookups go around it (memory tier and
    /// network only) before trying it again, so an outage costs one connection timeout per interval rather than one per lookup.
    /// </summary>
    [ValueRange(typeof(TimeSpan), "00:00:00", "10675199.02:48:05.4775807", ErrorMessage = "{0} cannot be negative.")]
    public TimeSpan SharedCacheRetryInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest freshness a service's <c>max-age</c> may claim.</summary>
    [ValueRange(typeof(TimeSpan), "00:00:00", "10675199.02:48:05.4775807", ErrorMessage = "{0} cannot be negative.")]
    public TimeSpan MaxFreshness { get; set; } = TimeSpan.FromDays(1);
}
