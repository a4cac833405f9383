namespace TrustCheck.TestKit.Http.Evidence.Pypi;

/// <summary>
/// <c>GET /pypi/{name}/json</c> and <c>GET /pypi/{name}/{version}/json</c> (trailing slash optional): the registered
/// JSON, a 301 to the PEP 503 normalized path for a known project asked by another spelling, a 404
/// <c>{"message": "Not Found"}</c> otherwise.
/// </summary>
internal sealed class PypiJsonApi(EvidenceContent content)
{
    public EvidenceResponse Handle(PathSegments path, string query)
    {
        var isProject = path.Count == 2 && path[1] == "json";
        var isRelease = path.Count == 3 && path[2] == "json";
        if (!isProject && !isRelease)
        {
            return EvidenceResponse.NotFound();
        }

        var name = path[0];
        var normalized = EvidenceContent.Key(name);
        if (!content.IsKnownProject(normalized))
        {
            return EvidenceResponse.NotFound();
        }

        if (!string.Equals(name, normalized, StringComparison.Ordinal))
        {
            var location = isProject ? $"/pypi/{normalized}/json" : $"/pypi/{normalized}/{Uri.EscapeDataString(path[1])}/json";
            return EvidenceResponse.Redirect(301, location + query);
        }

        var document = isProject ? content.FindProject(normalized) : content.FindRelease(normalized, path[1]);
        return document is null
            ? EvidenceResponse.NotFound()
            : EvidenceResponse.Document(document, EvidenceResponse.JsonMediaType, ResponseCacheClass.JsonApi);
    }
}
