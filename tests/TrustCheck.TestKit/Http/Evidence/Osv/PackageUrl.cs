namespace TrustCheck.TestKit.Http.Evidence.Osv;

/// <summary>The parts of a package URL (<c>pkg:type/namespace/name@version?qualifiers#subpath</c>) OSV matching needs.</summary>
internal sealed record PackageUrl(string Type, string Name, string? Version)
{
    public static bool TryParse(string text, out PackageUrl? purl)
    {
        purl = null;
        if (!text.StartsWith("pkg:", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var rest = text[4..].TrimStart('/');
        rest = Cut(Cut(rest, '#'), '?');
        string? version = null;
        var at = rest.LastIndexOf('@');
        if (at >= 0)
        {
            version = Uri.UnescapeDataString(rest[(at + 1)..]);
            rest = rest[..at];
        }

        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash == rest.Length - 1)
        {
            return false;
        }

        var type = rest[..slash].ToLowerInvariant();
        var name = Uri.UnescapeDataString(rest[(rest.LastIndexOf('/') + 1)..]);
        purl = new PackageUrl(type, name, string.IsNullOrEmpty(version) ? null : version);
        return true;
    }

    private static string Cut(string text, char separator)
    {
        var index = text.IndexOf(separator, StringComparison.Ordinal);
        return index < 0 ? text : text[..index];
    }
}
