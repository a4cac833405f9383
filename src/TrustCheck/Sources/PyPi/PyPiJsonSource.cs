using TrustCheck.Caching;
using TrustCheck.Evidence.PyPi;
using TrustCheck.Http;
using TrustCheck.Packaging;
using TrustCheck.Sources.PyPi.Wire;

namespace TrustCheck.Sources.PyPi;

/// <summary>PyPI's JSON API (<c>/pypi/{name}/json</c>, <c>/pypi/{name}/{version}/json</c>), through the cache.</summary>
internal sealed class PyPiJsonSource(EvidenceFetcher fetcher, Microsoft.Extensions.Options.IOptions<EvidenceSourceOptions> options) : IPackageMetadataSource
{
    private const string Accept = "application/json";

    public async Task<PyPiProject?> GetProjectAsync(PackageName name, CancellationToken cancellationToken = default)
    {
        var url = new Uri(Root, $"pypi/{Uri.EscapeDataString(name.Normalized)}/json");
        return await GetAsync(url, PyPiJsonMapper.ToProject, cancellationToken).ConfigureAwait(false);
    }

    public async Task<PyPiRelease?> GetReleaseAsync(PackageName name, string version, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        var url = new Uri(Root, $"pypi/{Uri.EscapeDataString(name.Normalized)}/{Uri.EscapeDataString(version)}/json");
        return await GetAsync(url, PyPiJsonMapper.ToRelease, cancellationToken).ConfigureAwait(false);
    }

    private Uri Root => EvidenceSourceOptions.AsDirectory(options.Value.PyPiUrl);

    private async Task<T?> GetAsync<T>(Uri url, Func<PyPiJsonWire, string, T> map, CancellationToken cancellationToken)
        where T : class
    {
        var shown = UrlRedactor.Redact(url);
        var entry = await fetcher.GetAsync(
            new EvidenceHttpRequest(url, Accept, EndpointProfile.PyPiJson.MaxBytes),
            EndpointProfile.PyPiJson,
            e => map(Parse(e.Body, shown), shown),
            cancellationToken).ConfigureAwait(false);
        return entry.IsFound ? map(Parse(entry.Body, shown), shown) : null;
    }

    /// <summary>Parses a JSON API document (project or release); the mappers then check its content.</summary>
    internal static PyPiJsonWire Parse(byte[] body, string url) =>
        EvidenceJson.Parse(body, EvidenceJsonContext.Default.PyPiJsonWire, url, "PyPI JSON API document");
}
