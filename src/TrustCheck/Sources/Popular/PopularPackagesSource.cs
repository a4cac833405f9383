using Microsoft.Extensions.Options;
using TrustCheck.Caching;
using TrustCheck.Http;
using TrustCheck.LocalFiles;

namespace TrustCheck.Sources.Popular;

/// <summary>The top-PyPI-packages list, from a local file when one is configured, else downloaded and cached.</summary>
internal sealed class PopularPackagesSource(EvidenceFetcher fetcher, IOptions<EvidenceSourceOptions> options) : IPopularPackagesSource
{
    private const string What = "popular-packages list";

    public async Task<PopularPackages> GetAsync(CancellationToken cancellationToken = default)
    {
        var file = options.Value.PopularPackagesFile;
        if (!string.IsNullOrEmpty(file))
        {
            byte[] bytes;
            try
            {
                bytes = await LocalDocument.ReadAsync(file, DocumentLimits.PopularNames, What, cancellationToken).ConfigureAwait(false);
            }
            catch (LocalDocumentException error)
            {
                throw new EvidenceSourceException(EvidenceErrorKind.Malformed, file, error.Message, error);
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                throw new EvidenceSourceException(EvidenceErrorKind.Unreachable, file, $"The {What} '{file}' cannot be read: {error.Message}", error);
            }

            return PopularListReader.Read(bytes, file);
        }

        var url = options.Value.PopularPackagesUrl;
        var shown = UrlRedactor.Redact(url);
        var entry = await fetcher.GetAsync(new EvidenceHttpRequest(url, "application/json", EndpointProfile.PopularPackages.MaxBytes), EndpointProfile.PopularPackages, e => PopularListReader.Read(e.Body, shown), cancellationToken).ConfigureAwait(false);
        return PopularListReader.Read(entry.Body, shown);
    }
}
