using System.Buffers;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using TrustCheck.Http;

namespace TrustCheck.Sources.Downloads;

/// <summary>
/// Streams a distribution through SHA-256 without keeping it: constant memory whatever the file's size, bounded by
/// <see cref="EvidenceSourceOptions.MaxDownloadBytes"/>. A body that sends nothing for an attempt timeout
/// (<see cref="TrustCheckHttpOptions.AttemptTimeout"/>) is abandoned. Downloads are never cached: the point is to
/// see the bytes the index serves now.
/// </summary>
internal sealed class HttpDistributionDownloader(EvidenceHttpClient http, IOptions<EvidenceSourceOptions> options, IOptions<TrustCheckHttpOptions> httpOptions) : IDistributionDownloader
{
    private const int ChunkSize = 64 * 1024;

    public Task<DownloadedDistribution> DownloadAndHashAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var limit = options.Value.MaxDownloadBytes;
        var stall = httpOptions.Value.AttemptTimeout;
        return http.StreamAsync(url, (body, shownUrl, token) => HashAsync(body, shownUrl, limit, stall, token), cancellationToken);
    }

    private static async Task<DownloadedDistribution> HashAsync(Stream body, string shownUrl, long limit, TimeSpan stall, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var idle = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            long length = 0;
            while (true)
            {
                idle.CancelAfter(stall);
                int read;
                try
                {
                    read = await body.ReadAsync(chunk.AsMemory(0, ChunkSize), idle.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    throw new EvidenceSourceException(EvidenceErrorKind.Timeout, shownUrl, $"The download of {shownUrl} stalled: nothing arrived for {stall.TotalSeconds:0.#} s after {length} bytes.");
                }

                if (read == 0)
                {
                    break;
                }

                length += read;
                if (length > limit)
                {
                    throw new EvidenceSourceException(EvidenceErrorKind.TooLarge, shownUrl, $"The download of {shownUrl} is larger than the limit ({limit} bytes).");
                }

                hash.AppendData(chunk, 0, read);
            }

            return new DownloadedDistribution(Convert.ToHexStringLower(hash.GetHashAndReset()), length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }
}
