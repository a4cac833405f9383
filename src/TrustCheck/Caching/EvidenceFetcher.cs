using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TrustCheck.Diagnostics;
using TrustCheck.Http;
using TrustCheck.Sources;

namespace TrustCheck.Caching;

/// <summary>
/// GETs evidence through the cache: a fresh entry is used as is; a stale one is revalidated with its <c>ETag</c>
/// (a 304 renews it); a miss is fetched. One fetch per key at a time, however many callers ask at once. Answers are
/// checked by the caller's parser before they are kept, so a malformed body is never cached. Offline, only the cache
/// answers.
/// </summary>
internal sealed partial class EvidenceFetcher(
    EvidenceHttpClient http,
    HybridCache cache,
    IOptions<EvidenceCacheOptions> options,
    TimeProvider time,
    TrustCheckMetrics metrics,
    ILogger<EvidenceFetcher> logger)
{
    // A peek never writes to L2; it may keep an L2 hit (or the "missing" sentinel, which reads as a miss) in memory,
    // so repeated lookups in one process stay off the network cache.
    private static readonly HybridCacheEntryOptions PeekOptions = new()
    {
        Flags = HybridCacheEntryFlags.DisableDistributedCacheWrite,
    };

    // Looks in memory only, storing nothing: tells an L1 hit from an L2 one for the cache metrics.
    private static readonly HybridCacheEntryOptions MemoryOnlyOptions = new()
    {
        Flags = HybridCacheEntryFlags.DisableDistributedCacheRead | HybridCacheEntryFlags.DisableDistributedCacheWrite | HybridCacheEntryFlags.DisableLocalCacheWrite,
    };

    private readonly ConcurrentDictionary<string, SharedFetch> _inFlight = new(StringComparer.Ordinal);

    /// <summary>Gets an answer (200 or, when the profile allows, 404) checked by <paramref name="validate"/>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="profile">The endpoint's limits and freshness.</param>
    /// <param name="validate">Throws <see cref="EvidenceSourceException"/> when a 200 body is unusable.</param>
    /// <param name="cancellationToken">Cancels the wait; the shared fetch stops when no caller waits for it any more.</param>
    public async Task<CachedResponse> GetAsync(EvidenceHttpRequest request, EndpointProfile profile, Action<CachedResponse> validate, CancellationToken cancellationToken)
    {
        var key = CacheKey(request, profile);
        while (true)
        {
            SharedFetch? created = null;
            var shared = _inFlight.GetOrAdd(key, _ => created = new SharedFetch());
            if (!shared.TryJoin())
            {
                // Being abandoned by its last waiter: start afresh.
                _inFlight.TryRemove(new KeyValuePair<string, SharedFetch>(key, shared));
                continue;
            }

            if (ReferenceEquals(shared, created))
            {
                _ = RunSharedAsync(key, shared, token => LoadAsync(key, request, profile, validate, token));
            }

            try
            {
                return await shared.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                shared.Leave();
            }
        }
    }

    private async Task RunSharedAsync(string key, SharedFetch shared, Func<CancellationToken, Task<CachedResponse>> fetch)
    {
        await shared.RunAsync(fetch).ConfigureAwait(false);
        _inFlight.TryRemove(new KeyValuePair<string, SharedFetch>(key, shared));
        shared.Dispose();
    }

    /// <summary>Looks in the cache only.</summary>
    public async ValueTask<CachedResponse?> PeekAsync(string key, CancellationToken cancellationToken)
    {
        CachedResponse found;
        try
        {
            found = await cache.GetOrCreateAsync(key, static _ => ValueTask.FromResult(CachedResponse.Missing), PeekOptions, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidDataException error)
        {
            // HybridCache hands a value its own framing accepts but CachedResponseSerializer refuses (checksum, format)
            // on to the caller: the entry is damaged, so it goes, and the lookup is a miss.
            LogDiscarded(logger, key, error);
            await cache.RemoveAsync(key, cancellationToken).ConfigureAwait(false);
            return null;
        }

        return found.Status == CachedResponse.Missing.Status ? null : found;
    }

    /// <summary>Keeps an answer.</summary>
    public ValueTask StoreAsync(string key, CachedResponse entry, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        // A "not found" is kept as long as a found answer: freshness (NotFoundFreshness) decides when it is asked
        // again online; retention is what offline runs and revalidation can still use once it is stale.
        var retention = entry.FreshFor + settings.Retention;
        var memory = retention < settings.MemoryRetention ? retention : settings.MemoryRetention;
        return cache.SetAsync(key, entry, new HybridCacheEntryOptions { Expiration = retention, LocalCacheExpiration = memory }, cancellationToken: cancellationToken);
    }

    /// <summary>The freshness of a new answer.</summary>
    public TimeSpan FreshnessOf(EndpointProfile profile, bool found, TimeSpan? maxAge)
    {
        var settings = options.Value;
        if (!found)
        {
            return settings.NotFoundFreshness;
        }

        if (profile.Immutable)
        {
            return settings.Retention;
        }

        var freshness = maxAge ?? profile.DefaultFreshness;
        return freshness > settings.MaxFreshness ? settings.MaxFreshness : freshness;
    }

    /// <summary>The error for a key that offline mode cannot answer.</summary>
    public static EvidenceSourceException NotCached(string what, string url) =>
        new(EvidenceErrorKind.NotCached, url, $"Offline: {what} ({url}) is not in the cache. Run once online with the same options to fill it.");

    internal static string CacheKey(EvidenceHttpRequest request, EndpointProfile profile)
    {
        var url = request.Url;
        var identity = string.Empty;
        if (!string.IsNullOrEmpty(url.UserInfo))
        {
            // Answers may differ per account, but the secret itself must not appear in a key (keys reach Redis).
            identity = "#" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(url.UserInfo)))[..16];
            url = new UriBuilder(url) { UserName = string.Empty, Password = string.Empty }.Uri;
        }

        var variant = request.CacheVariant is null ? string.Empty : "@" + request.CacheVariant;
        return $"trustcheck:v1:{profile.Name}:{request.Accept}:{url.AbsoluteUri}{identity}{variant}";
    }

    private async Task<CachedResponse> LoadAsync(string key, EvidenceHttpRequest request, EndpointProfile profile, Action<CachedResponse> validate, CancellationToken cancellationToken)
    {
        var shown = UrlRedactor.Redact(request.Url);
        var (cached, tier) = await LookUpAsync(key, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        if (cached is not null && (options.Value.Offline || (!request.Revalidate && cached.IsFresh(now))))
        {
            LogHit(logger, shown);
            metrics.RecordCacheLookup(profile.Name, tier);
            return cached;
        }

        if (options.Value.Offline)
        {
            metrics.RecordCacheLookup(profile.Name, "none");
            throw NotCached(profile.Name, shown);
        }

        metrics.RecordCacheLookup(profile.Name, "network");

        var answer = await http.SendAsync(request with { IfNoneMatch = cached?.ETag, MaxBytes = profile.MaxBytes }, cancellationToken).ConfigureAwait(false);
        CachedResponse entry;
        if (answer.Status == HttpStatusCode.NotModified && cached is not null)
        {
            LogRevalidated(logger, shown);
            entry = cached with { FetchedAt = time.GetUtcNow(), FreshFor = FreshnessOf(profile, cached.IsFound, answer.MaxAge), ETag = answer.ETag ?? cached.ETag };
        }
        else if (answer.Status == HttpStatusCode.OK || (answer.Status == HttpStatusCode.NotFound && profile.NotFoundIsAnswer))
        {
            var found = answer.Status == HttpStatusCode.OK;
            entry = new CachedResponse
            {
                Status = (int)answer.Status,
                Body = answer.Body,
                ContentType = answer.ContentType,
                ETag = answer.ETag,
                FetchedAt = time.GetUtcNow(),
                FreshFor = FreshnessOf(profile, found, answer.MaxAge),
            };
            if (found)
            {
                validate(entry);
            }

            if (answer.NoStore)
            {
                return entry;
            }
        }
        else
        {
            throw new EvidenceSourceException(
                EvidenceErrorKind.HttpStatus,
                shown,
                $"GET {shown} answered {(int)answer.Status} {answer.Status}{ErrorDetail(answer)}",
                statusCode: (int)answer.Status);
        }

        await StoreAsync(key, entry, cancellationToken).ConfigureAwait(false);
        return entry;
    }

    // The memory tier first (without touching L2), then both: which tier held the entry, or null for neither.
    private async ValueTask<(CachedResponse? Entry, string Tier)> LookUpAsync(string key, CancellationToken cancellationToken)
    {
        var inMemory = await cache.GetOrCreateAsync(key, static _ => ValueTask.FromResult(CachedResponse.Missing), MemoryOnlyOptions, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (inMemory.Status != CachedResponse.Missing.Status)
        {
            return (inMemory, "memory");
        }

        var found = await PeekAsync(key, cancellationToken).ConfigureAwait(false);
        return (found, "distributed");
    }

    private static string ErrorDetail(HttpAnswer answer)
    {
        if (answer.Body.Length == 0 || answer.Body.Length > 512)
        {
            return ".";
        }

        var text = Encoding.UTF8.GetString(answer.Body).Trim();
        return text.Length == 0 ? "." : $": {UrlRedactor.RedactText(text)}";
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discarded the damaged cache entry {Key}; it is fetched again.")]
    private static partial void LogDiscarded(ILogger logger, string key, Exception error);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Cache hit for {Url}")]
    private static partial void LogHit(ILogger logger, string url);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Revalidated {Url} (304)")]
    private static partial void LogRevalidated(ILogger logger, string url);
}
