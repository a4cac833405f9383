using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using TrustCheck.Attestations.Hashing;
using TrustCheck.Http;

namespace TrustCheck.Sources.Downloads;

/// <summary>
/// Streams a distribution through SHA-256 — without keeping it for <c>--verify-downloads</c>, into memory for
/// <c>--inspect-artifacts</c> — bounded by <see cref="EvidenceSourceOptions.MaxDownloadBytes"/>. A body that sends
/// nothing for an attempt timeout (<see cref="TrustCheckHttpOptions.AttemptTimeout"/>) is abandoned. Downloads are
/// never cached: the point is to see the bytes the index serves now — so offline (<see cref="Caching.EvidenceCacheOptions.Offline"/>)
/// there is nothing to serve them from, and a download is refused as not cached rather than sent.
/// </summary>
internal sealed class HttpDistributionDownloader(EvidenceHttpClient http, IOptions<EvidenceSourceOptions> options, IOptions<TrustCheckHttpOptions> httpOptions, IOptions<Caching.EvidenceCacheOptions> cacheOptions) : IDistributionDownloader
{
    public Task<DownloadedDistribution> DownloadAndHashAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        RefuseWhenOffline(url);
        var limit = options.Value.MaxDownloadBytes;
        var stall = httpOptions.Value.AttemptTimeout;
        return http.StreamAsync(url, (body, shownUrl, token) => HashAsync(body, shownUrl, limit, stall, token), cancellationToken);
    }

    public Task<DownloadedContent> DownloadAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        RefuseWhenOffline(url);
        // Held in memory while it is analysed: never more than a local distribution may be (LocalFiles.DocumentLimits).
        var limit = Math.Min(options.Value.MaxDownloadBytes, LocalFiles.DocumentLimits.Distribution);
        var stall = httpOptions.Value.AttemptTimeout;
        return http.StreamAsync(url, (body, shownUrl, token) => ReadAsync(body, shownUrl, limit, stall, token), cancellationToken);
    }

    private void RefuseWhenOffline(Uri url)
    {
        if (cacheOptions.Value.Offline)
        {
            throw Caching.EvidenceFetcher.NotCached("the distribution download", UrlRedactor.Redact(url));
        }
    }

    private static async Task<DownloadedDistribution> HashAsync(Stream body, string shownUrl, long limit, TimeSpan stall, CancellationToken cancellationToken)
    {
        // The one streaming SHA-256 of the code base hashes the body; the stream enforces the size and idle limits.
        var guarded = new IdleBoundedStream(body, shownUrl, limit, stall, cancellationToken);
        await using (guarded.ConfigureAwait(false))
        {
            var digest = await DistributionHasher.Sha256Async(guarded, cancellationToken).ConfigureAwait(false);
            return new DownloadedDistribution(Convert.ToHexStringLower(digest), guarded.BytesRead);
        }
    }

    private static async Task<DownloadedContent> ReadAsync(Stream body, string shownUrl, long limit, TimeSpan stall, CancellationToken cancellationToken)
    {
        var guarded = new IdleBoundedStream(body, shownUrl, limit, stall, cancellationToken);
        await using (guarded.ConfigureAwait(false))
        {
            using var buffer = new MemoryStream();
            await guarded.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
            var bytes = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
            return new DownloadedContent(bytes, Convert.ToHexStringLower(SHA256.HashData(bytes.Span)));
        }
    }
}
