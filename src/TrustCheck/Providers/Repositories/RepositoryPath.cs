namespace TrustCheck.Providers.Repositories;

/// <summary>Cuts a forge URL's path back to the repository root: deep links, <c>.git</c> and site pages removed.</summary>
internal static class RepositoryPath
{
    /// <summary>GitHub's first path segments that are site pages, not owners.</summary>
    private static readonly HashSet<string> GitHubSitePages = new(StringComparer.OrdinalIgnoreCase)
    {
        "about", "apps", "codespaces", "collections", "contact", "customer-stories", "dashboard", "enterprise", "explore",
        "features", "issues", "join", "login", "marketplace", "new", "notifications", "organizations", "orgs", "pricing",
        "pulls", "search", "security", "settings", "site", "sponsors", "topics", "trending", "users",
    };

    /// <summary>GitLab's first path segments that are site pages, not groups.</summary>
    private static readonly HashSet<string> GitLabSitePages = new(StringComparer.OrdinalIgnoreCase)
    {
        "dashboard", "explore", "groups", "help", "projects", "search", "users",
    };

    /// <summary>Path segments that start a deep link below a repository (old GitLab routes, Gitea, Forgejo, cgit, …).</summary>
    private static readonly HashSet<string> DeepLinkSegments = new(StringComparer.OrdinalIgnoreCase)
    {
        "activity", "archive", "blob", "boards", "branches", "commit", "commits", "compare", "discussions", "environments",
        "forks", "graphs", "issues", "jobs", "labels", "log", "merge_requests", "milestones", "network", "packages",
        "pipelines", "pull", "pulls", "raw", "refs", "releases", "snippets", "src", "tags", "tree", "wiki", "wikis",
    };

    /// <summary>The repository's own segments (<c>owner/repo</c>, GitLab groups included), or null when the path names no repository.</summary>
    /// <param name="forge">The forge.</param>
    /// <param name="segments">The URL's path segments.</param>
    /// <returns>The segments of the repository root.</returns>
    public static IReadOnlyList<string>? RootOf(RepositoryForge forge, IReadOnlyList<string> segments)
    {
        var root = forge switch
        {
            RepositoryForge.GitHub => OwnerAndName(segments, GitHubSitePages),
            RepositoryForge.Bitbucket or RepositoryForge.Codeberg => OwnerAndName(segments, excluded: null),
            RepositoryForge.GitLab => CutAtDeepLink(segments, minimumDepth: 2, GitLabSitePages),
            _ => CutAtDeepLink(segments, minimumDepth: 1, excluded: null),
        };
        return root is null ? null : WithoutGitSuffix(root);
    }

    private static List<string>? OwnerAndName(IReadOnlyList<string> segments, HashSet<string>? excluded) =>
        segments.Count < 2 || (excluded?.Contains(segments[0]) ?? false) ? null : [segments[0], segments[1]];

    private static List<string>? CutAtDeepLink(IReadOnlyList<string> segments, int minimumDepth, HashSet<string>? excluded)
    {
        if (segments.Count < minimumDepth || (excluded?.Contains(segments[0]) ?? false))
        {
            return null;
        }

        var end = segments.Count;
        for (var i = 0; i < segments.Count; i++)
        {
            // GitLab's "/-/" separates the project from its pages; other deep links only below the minimum depth.
            if (segments[i] == "-" || (i >= minimumDepth && DeepLinkSegments.Contains(segments[i])))
            {
                end = i;
                break;
            }
        }

        return end < minimumDepth ? null : segments.Take(end).ToList();
    }

    private static List<string>? WithoutGitSuffix(List<string> root)
    {
        var last = root[^1];
        if (last.EndsWith(".git", StringComparison.OrdinalIgnoreCase))
        {
            last = last[..^4];
        }

        if (last.Length == 0)
        {
            return null;
        }

        root[^1] = last;
        return root;
    }
}
