using Microsoft.Extensions.Options;
using TrustCheck.Attestations.Tuf;
using TrustCheck.Caching;
using TrustCheck.Http;

namespace TrustCheck.Sources.Tuf;

/// <summary>
/// Sigstore's TUF repository fetched through TrustCheck's HTTP client and cache. Trust does not come from here: the
/// TUF client checks signatures, versions, hashes and expiries of whatever this returns.
/// </summary>
internal sealed class CachedTufRemote(EvidenceFetcher fetcher, IOptions<EvidenceSourceOptions> options) : ITufRemote
{
    public async Task<byte[]?> FetchAsync(string path, long maxLength, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var url = new Uri(EvidenceSourceOptions.AsDirectory(options.Value.TufUrl), path);
        var profile = EndpointProfile.Tuf with { MaxBytes = Math.Min(maxLength, EndpointProfile.Tuf.MaxBytes), Immutable = IsImmutable(path) };
        try
        {
            var entry = await fetcher.GetAsync(new EvidenceHttpRequest(url, "application/json, application/octet-stream;q=0.9", profile.MaxBytes), profile, static _ => { }, cancellationToken).ConfigureAwait(false);
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
}
