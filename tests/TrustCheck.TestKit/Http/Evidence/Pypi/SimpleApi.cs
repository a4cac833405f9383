using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace TrustCheck.TestKit.Http.Evidence.Pypi;

/// <summary>
/// <c>GET /simple/</c> and <c>GET /simple/{name}/</c>: PEP 691 JSON when the request accepts
/// <c>application/vnd.pypi.simple.v1+json</c> and the page offers JSON, else the PEP 503 HTML rendered from the same
/// JSON; <c>Vary: Accept</c>. A missing trailing slash or a non-normalized name answers 301.
/// </summary>
internal sealed class SimpleApi(EvidenceContent content)
{
    public const string JsonMediaType = "application/vnd.pypi.simple.v1+json";
    public const string HtmlMediaType = "text/html; charset=utf-8";

    public EvidenceResponse Handle(HttpRequest request, PathSegments path)
    {
        if (path.Count == 0)
        {
            return path.TrailingSlash ? Index(request) : EvidenceResponse.Redirect(301, "/simple/" + request.QueryString);
        }

        if (path.Count != 1)
        {
            return EvidenceResponse.NotFound();
        }

        var name = path[0];
        var normalized = EvidenceContent.Key(name);
        if (content.FindSimplePage(normalized) is not { } page)
        {
            return EvidenceResponse.NotFound();
        }

        if (!path.TrailingSlash || !string.Equals(name, normalized, StringComparison.Ordinal))
        {
            return EvidenceResponse.Redirect(301, $"/simple/{normalized}/{request.QueryString}");
        }

        return page.Formats == SimplePageFormats.JsonAndHtml && AcceptsJson(request)
            ? EvidenceResponse.Document(page.Json, JsonMediaType, ResponseCacheClass.Simple, vary: "Accept")
            : EvidenceResponse.Document(page.Html, HtmlMediaType, ResponseCacheClass.Simple, vary: "Accept");
    }

    /// <summary>True when <c>Accept</c> lists the PEP 691 JSON media type with a non-zero quality.</summary>
    public static bool AcceptsJson(HttpRequest request) =>
        MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted) &&
        accepted.Any(static m => m.MediaType.Equals(JsonMediaType, StringComparison.OrdinalIgnoreCase) && m.Quality is not 0);

    private EvidenceResponse Index(HttpRequest request)
    {
        var names = content.SimpleProjectNames();
        if (!AcceptsJson(request))
        {
            return new EvidenceResponse(200, SimpleHtmlRenderer.RenderIndex(names), HtmlMediaType, ResponseCacheClass.Simple) { Vary = "Accept" };
        }

        var body = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["meta"] = new Dictionary<string, object> { ["api-version"] = "1.4", ["_last-serial"] = 0 },
            ["projects"] = names.Select(static n => new Dictionary<string, object> { ["name"] = n, ["_last-serial"] = 0 }).ToArray(),
        });
        return new EvidenceResponse(200, body, JsonMediaType, ResponseCacheClass.Simple) { Vary = "Accept" };
    }
}
