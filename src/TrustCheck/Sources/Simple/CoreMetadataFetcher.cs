using System.Security.Cryptography;
using TrustCheck.Caching;
using TrustCheck.Http;

namespace TrustCheck.Sources.Simple;

/// <summary>
/// Fetches PEP 658 metadata files (<c>{file URL}.metadata</c>) through the cached, resilient fetcher, and checks each
/// against the digest the index publishes for it: metadata that does not match is an error, never used.
/// </summary>
internal sealed class CoreMetadataFetcher(EvidenceFetcher fetcher) : ICoreMetadataSource
{
    private const string What = "core metadata file";

    public async Task<ReadOnlyMemory<byte>?> GetAsync(Uri fileUrl, string? sha256, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fileUrl);
        var url = new Uri(new UriBuilder(fileUrl) { Fragment = string.Empty }.Uri.AbsoluteUri + ".metadata");
        var shown = UrlRedactor.Redact(url);
        var entry = await fetcher.GetAsync(
            new EvidenceHttpRequest(url, "*/*", EndpointProfile.CoreMetadata.MaxBytes),
            EndpointProfile.CoreMetadata,
            e => Check(e, sha256, shown),
            cancellationToken).ConfigureAwait(false);
        if (!entry.IsFound)
        {
            return null;
        }

        Check(entry, sha256, shown);
        return entry.Body;
    }

    private static void Check(CachedResponse entry, string? sha256, string shown)
    {
        if (entry.IsFound && sha256 is not null && !string.Equals(Convert.ToHexStringLower(SHA256.HashData(entry.Body)), sha256, StringComparison.OrdinalIgnoreCase))
        {
            throw EvidenceJson.Malformed(shown, What, $"its bytes do not hash to the published SHA-256 {sha256}");
        }
    }
}
