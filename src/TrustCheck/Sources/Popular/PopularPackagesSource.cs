using Microsoft.Extensions.Options;
using TrustCheck.Caching;
using TrustCheck.Http;
using TrustCheck.LocalFiles;
using TrustCheck.Packaging;

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

            return Parse(bytes, file);
        }

        var url = options.Value.PopularPackagesUrl;
        var shown = UrlRedactor.Redact(url);
        var entry = await fetcher.GetAsync(new EvidenceHttpRequest(url, "application/json", EndpointProfile.PopularPackages.MaxBytes), EndpointProfile.PopularPackages, e => Parse(e.Body, shown), cancellationToken).ConfigureAwait(false);
        return Parse(entry.Body, shown);
    }

    private static PopularPackages Parse(byte[] body, string source)
    {
        var wire = EvidenceJson.Parse(body, EvidenceJsonContext.Default.PopularPackagesWire, source, What);
        var rows = wire.Rows ?? throw EvidenceJson.Malformed(source, What, "'rows' is missing");
        var packages = new List<PopularPackage>(rows.Count);
        foreach (var row in rows)
        {
            if (!PackageName.TryParse(row.Project, out var name))
            {
                throw EvidenceJson.Malformed(source, What, $"'{row.Project}' is not a project name");
            }

            packages.Add(new PopularPackage(name, row.DownloadCount ?? 0));
        }

        return new PopularPackages(MostDownloadedFirst(packages), wire.LastUpdate);
    }

    // The published list is already in order; it is sorted again (stably: equal counts keep the list's order) only
    // when it is not.
    private static List<PopularPackage> MostDownloadedFirst(List<PopularPackage> packages)
    {
        for (var i = 1; i < packages.Count; i++)
        {
            if (packages[i].Downloads > packages[i - 1].Downloads)
            {
                return packages.OrderByDescending(p => p.Downloads).ToList();
            }
        }

        return packages;
    }
}
