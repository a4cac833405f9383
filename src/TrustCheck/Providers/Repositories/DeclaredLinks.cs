using TrustCheck.Evidence.PyPi;

namespace TrustCheck.Providers.Repositories;

/// <summary>Collects the links a release's metadata declares: <c>project_urls</c>, <c>home_page</c> and <c>download_url</c>.</summary>
internal static class DeclaredLinks
{
    /// <summary>The <c>project_urls</c> field.</summary>
    public const string ProjectUrlsField = "project_urls";

    /// <summary>The legacy <c>Home-page</c> field.</summary>
    public const string HomePageField = "home_page";

    /// <summary>The legacy <c>Download-URL</c> field.</summary>
    public const string DownloadUrlField = "download_url";

    /// <summary>The non-empty links of a release, in metadata order (<c>project_urls</c> by label, then the legacy fields).</summary>
    /// <param name="info">The release metadata.</param>
    /// <returns>The links.</returns>
    public static IReadOnlyList<DeclaredLink> Of(PyPiReleaseInfo info)
    {
        var links = new List<DeclaredLink>();
        foreach (var (label, url) in info.ProjectUrls.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            Add(links, ProjectUrlsField, label, ProjectUrlLabel.KindOf(ProjectUrlLabel.Normalize(label)), url);
        }

        Add(links, HomePageField, HomePageField, ProjectUrlKind.Homepage, info.HomePage);
        Add(links, DownloadUrlField, DownloadUrlField, ProjectUrlKind.Download, info.DownloadUrl);
        return links;
    }

    private static void Add(List<DeclaredLink> links, string field, string label, ProjectUrlKind kind, string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return;
        }

        var repository = RepositoryUrl.TryParse(url, out var parsed) ? parsed : null;
        links.Add(new DeclaredLink(field, label, kind, url.Trim(), repository));
    }
}
