using System.Text.Json;

namespace TrustCheck.TestKit.Http.Evidence.Osv;

/// <summary>
/// One OSV query: <c>{"package": {"name", "ecosystem"} | {"purl"}, "version"?, "page_token"?}</c> or
/// <c>{"commit": ...}</c> (which matches nothing here).
/// </summary>
internal sealed record OsvQuery(string? Ecosystem, string? Name, string? Version, string? PageToken)
{
    /// <summary>True when the query can match the server's records: a PyPI package with a name.</summary>
    public bool IsPyPI => Ecosystem == "PyPI" && !string.IsNullOrEmpty(Name);

    /// <exception cref="OsvRequestException">The query is malformed, or gives a version twice (the real API's 400).</exception>
    public static OsvQuery Parse(JsonElement query)
    {
        if (query.ValueKind != JsonValueKind.Object)
        {
            throw new OsvRequestException("Invalid query.");
        }

        var version = StringOf(query, "version");
        var pageToken = StringOf(query, "page_token");
        if (!query.TryGetProperty("package", out var package) || package.ValueKind != JsonValueKind.Object)
        {
            return query.TryGetProperty("commit", out _)
                ? new OsvQuery(null, null, null, pageToken)
                : throw new OsvRequestException("Invalid query.");
        }

        if (StringOf(package, "purl") is not { } purlText)
        {
            return new OsvQuery(StringOf(package, "ecosystem"), StringOf(package, "name"), version, pageToken);
        }

        if (!PackageUrl.TryParse(purlText, out var purl))
        {
            throw new OsvRequestException("Invalid Package URL.");
        }

        if (purl!.Version is not null && version is not null)
        {
            throw new OsvRequestException("version specified in params and PURL query");
        }

        return new OsvQuery(purl.Type == "pypi" ? "PyPI" : purl.Type, purl.Name, purl.Version ?? version, pageToken);
    }

    private static string? StringOf(JsonElement element, string key) =>
        element.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
