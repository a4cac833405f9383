using System.Text;
using System.Text.RegularExpressions;
using TrustCheck.Caching;
using TrustCheck.Evidence.Simple;
using TrustCheck.Http;
using TrustCheck.Packaging;

namespace TrustCheck.Sources.Simple;

/// <summary>
/// One Simple API index: asks for PEP 691 JSON and reads PEP 503 HTML when that is all the index serves.
/// </summary>
internal sealed class SimpleIndex(EvidenceFetcher fetcher, Uri root) : IPackageIndex
{
    /// <summary>JSON first; HTML accepted for indexes without JSON.</summary>
    public const string Accept = "application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.01";

    private const string What = "Simple API project page";

    private readonly Uri _root = EvidenceSourceOptions.AsDirectory(root);

    public string Url => UrlRedactor.Redact(_root);

    public async Task<SimpleProjectPage?> GetProjectPageAsync(PackageName name, CancellationToken cancellationToken = default)
    {
        var url = new Uri(_root, Uri.EscapeDataString(name.Normalized) + "/");
        var shown = UrlRedactor.Redact(url);
        var entry = await fetcher.GetAsync(
            new EvidenceHttpRequest(url, Accept, EndpointProfile.SimplePage.MaxBytes),
            EndpointProfile.SimplePage,
            e => Parse(e, url, name, shown),
            cancellationToken).ConfigureAwait(false);
        return entry.IsFound ? Parse(entry, url, name, shown) : null;
    }

    private SimpleProjectPage Parse(CachedResponse entry, Uri url, PackageName name, string shown) =>
        ParsePage(entry.Body, entry.ContentType, url, Url, name.Normalized, shown);

    /// <summary>Reads a project page by its content type: PEP 691 JSON, or PEP 503 HTML (also when no type is given).</summary>
    /// <exception cref="EvidenceSourceException">The page is malformed, of another type, or of an unsupported API version.</exception>
    internal static SimpleProjectPage ParsePage(byte[] body, string? contentType, Uri url, string index, string name, string shown)
    {
        var pageUrl = new UriBuilder(url) { UserName = string.Empty, Password = string.Empty }.Uri;
        var type = contentType ?? string.Empty;
        if (type.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            var wire = EvidenceJson.Parse(body, EvidenceJsonContext.Default.SimplePageWire, shown, What);
            return SimpleJsonMapper.ToPage(wire, pageUrl, index, shown);
        }

        if (type.Contains("html", StringComparison.OrdinalIgnoreCase) || type.Length == 0)
        {
            try
            {
                return SimpleHtmlParser.Parse(Encoding.UTF8.GetString(body), pageUrl, index, name, shown);
            }
            catch (RegexMatchTimeoutException error)
            {
                throw EvidenceJson.Malformed(shown, What, "the HTML could not be read in time", error);
            }
        }

        throw EvidenceJson.Malformed(shown, What, $"unexpected content type '{type}'");
    }
}
