using System.Text.Json;
using Microsoft.Extensions.Options;
using TrustCheck.Attestations.Tuf;
using TrustCheck.Caching;
using TrustCheck.Http;

namespace TrustCheck.Sources.Tuf;

/// <summary>
/// Sigstore's TUF repository fetched through TrustCheck's HTTP client and cache. Trust does not come from here: the
/// TUF client checks signatures, versions, hashes and expiries of whatever this returns. A body that is not JSON is
/// an error and never cached.
/// </summary>
/// <param name="fetcher">The cached HTTP layer.</param>
/// <param name="options">Where the repository is.</param>
/// <param name="revalidate">Confirm every cached file with the server (after a failed attempt) instead of trusting its freshness.</param>
internal sealed class CachedTufRemote(EvidenceFetcher fetcher, IOptions<EvidenceSourceOptions> options, bool revalidate = false) : ITufRemote
{
    public async Task<byte[]?> FetchAsync(string path, long maxLength, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var url = new Uri(EvidenceSourceOptions.AsDirectory(options.Value.TufUrl), path);
        var profile = EndpointProfile.Tuf with { MaxBytes = Math.Min(maxLength, EndpointProfile.Tuf.MaxBytes), Immutable = IsImmutable(path) };
        var request = new EvidenceHttpRequest(url, "application/json, application/octet-stream;q=0.9", profile.MaxBytes) { Revalidate = revalidate };
        try
        {
            var entry = await fetcher.GetAsync(request, profile, entry => RequireJson(entry, path, url), cancellationToken).ConfigureAwait(false);
            return entry.IsFound ? entry.Body : null;
        }
        catch (EvidenceSourceException error) when (error.Kind == EvidenceErrorKind.TooLarge)
        {
            throw new TufRemoteException($"The TUF file {path} is larger than {maxLength} bytes.", error);
        }
        catch (EvidenceSourceException error)
        {
            throw new TufRemoteException(error.Message, error);
        }
    }

    // Versioned roots and hash-prefixed targets never change; timestamp.json and unversioned names do.
    private static bool IsImmutable(string path) =>
        (path.EndsWith(".root.json", StringComparison.Ordinal) && char.IsAsciiDigit(path[0]))
        || path.StartsWith("targets/", StringComparison.Ordinal);

    // Every file of the repository (metadata and the trusted root target) is JSON: anything else (a cut-off body, an
    // error page served as 200) is a failed fetch, not an answer to keep.
    private static void RequireJson(CachedResponse entry, string path, Uri url)
    {
        if (!path.EndsWith(".json", StringComparison.Ordinal))
        {
            return;
        }

        try
        {
            using var document = JsonDocument.Parse(entry.Body);
        }
        catch (JsonException error)
        {
            var shown = UrlRedactor.Redact(url);
            throw new EvidenceSourceException(EvidenceErrorKind.Malformed, shown, $"The TUF file {path} ({shown}) is not valid JSON: {error.Message}", error);
        }
    }
}
