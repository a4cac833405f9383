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
        var names = new PackageName[rows.Count];
        var downloads = new long[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i] ?? throw EvidenceJson.Malformed(source, What, $"row {i + 1} is null");
            if (!PackageName.TryParse(row.Project, out names[i]))
            {
                throw EvidenceJson.Malformed(source, What, $"'{row.Project}' is not a project name");
            }

            downloads[i] = row.DownloadCount ?? 0;
        }

        MostDownloadedFirst(names, downloads);
        return new PopularPackages(new PopularPackageTable(names, downloads), wire.LastUpdate);
    }

    // The published list is already in order; it is sorted again (stably: equal counts keep the list's order) only
    // when it is not.
    private static void MostDownloadedFirst(PackageName[] names, long[] downloads)
    {
        for (var i = 1; i < downloads.Length; i++)
        {
            if (downloads[i] > downloads[i - 1])
            {
                var order = Enumerable.Range(0, downloads.Length).OrderByDescending(at => downloads[at]).ToArray();
                var sortedNames = order.Select(at => names[at]).ToArray();
                var sortedDownloads = order.Select(at => downloads[at]).ToArray();
                sortedNames.CopyTo(names, 0);
                sortedDownloads.CopyTo(downloads, 0);
                return;
            }
        }
    }
}
