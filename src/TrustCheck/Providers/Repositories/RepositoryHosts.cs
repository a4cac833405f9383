namespace TrustCheck.Providers.Repositories;

/// <summary>Which forge a host is, and the host names written without a scheme that are still read as repositories.</summary>
internal static class RepositoryHosts
{
    /// <summary>GitHub Pages hosts end with this (<c>&lt;owner&gt;.github.io</c>).</summary>
    public const string GitHubPagesSuffix = ".github.io";

    /// <summary>GitHub's host.</summary>
    public const string GitHub = "github.com";

    /// <summary>gitlab.com, the only GitLab PyPI's Trusted Publishing accepts.</summary>
    public const string GitLab = "gitlab.com";

    private static readonly HashSet<string> KnownGitLabHosts = new(StringComparer.Ordinal)
    {
        GitLab, "salsa.debian.org", "framagit.org", "invent.kde.org", "code.videolan.org", "foss.heptapod.net",
    };

    private static readonly Dictionary<string, RepositoryForge> FixedHosts = new(StringComparer.Ordinal)
    {
        [GitHub] = RepositoryForge.GitHub,
        ["bitbucket.org"] = RepositoryForge.Bitbucket,
        ["codeberg.org"] = RepositoryForge.Codeberg,
    };

    /// <summary>The forge of a lower-case host without <c>www.</c> (a port may follow).</summary>
    /// <param name="host">The host.</param>
    /// <returns>The forge, <see cref="RepositoryForge.Other"/> when unknown.</returns>
    public static RepositoryForge ForgeOf(string host)
    {
        var name = HostName(host);
        if (FixedHosts.TryGetValue(name, out var forge))
        {
            return forge;
        }

        // Self-hosted GitLab conventionally lives on gitlab.<domain> (gitlab.example.org, gitlab.gnome.org, …).
        return KnownGitLabHosts.Contains(name) || name.StartsWith("gitlab.", StringComparison.Ordinal)
            ? RepositoryForge.GitLab
            : RepositoryForge.Other;
    }

    /// <summary>Whether a host written without a scheme (<c>github.com/owner/repo</c>) is still read as a repository.</summary>
    /// <param name="host">The lower-case host without <c>www.</c>.</param>
    /// <returns>True for the public forges.</returns>
    public static bool AcceptsWithoutScheme(string host) => FixedHosts.ContainsKey(host) || host == GitLab;

    /// <summary>The GitHub Pages owner of a host (<c>pypa</c> for <c>pypa.github.io</c>), or null.</summary>
    /// <param name="host">The lower-case host.</param>
    /// <returns>The owner, or null when the host is not a GitHub Pages host.</returns>
    public static string? GitHubPagesOwner(string host)
    {
        if (!host.EndsWith(GitHubPagesSuffix, StringComparison.Ordinal))
        {
            return null;
        }

        var owner = host[..^GitHubPagesSuffix.Length];
        return owner.Length > 0 && !owner.Contains('.', StringComparison.Ordinal) ? owner : null;
    }

    /// <summary>Lower-cases a host, drops a trailing dot and a leading <c>www.</c>.</summary>
    /// <param name="host">The host as written.</param>
    /// <returns>The normalised host.</returns>
    public static string Normalize(string host)
    {
        var lower = host.ToLowerInvariant().TrimEnd('.');
        return lower.StartsWith("www.", StringComparison.Ordinal) ? lower[4..] : lower;
    }

    private static string HostName(string host)
    {
        var colon = host.LastIndexOf(':');
        return colon < 0 ? host : host[..colon];
    }
}
