using System.Diagnostics.CodeAnalysis;

namespace TrustCheck.Providers.Repositories;

/// <summary>
/// A source repository, normalised from any of the ways people write its URL: web links and deep links
/// (<c>/tree/main/…</c>, <c>/-/issues</c>, <c>/blob/…</c>, <c>#readme</c>), clone URLs (<c>git+https://</c>,
/// <c>ssh://git@host/owner/repo.git</c>, <c>git@host:owner/repo.git</c>), <c>http://</c> (read as https, remembered
/// in <see cref="Scheme"/>), <c>www.</c>, trailing <c>.git</c> and slashes, and GitHub Pages
/// (<c>https://owner.github.io/repo/</c>, which PyPI counts as the repository). Two values are equal when their
/// normalised host and path are: case-insensitively on the known forges, exactly elsewhere.
/// </summary>
public sealed record RepositoryUrl
{
    private RepositoryUrl(RepositoryForge forge, string host, IReadOnlyList<string> segments, string scheme, bool isGitHubPages)
    {
        Forge = forge;
        Host = host;
        Path = string.Join('/', segments);
        Scheme = scheme;
        IsGitHubPages = isGitHubPages;
        Uri = new Uri($"https://{host}/{string.Join('/', segments.Select(Uri.EscapeDataString))}");
        Key = $"{host}/{(IsCaseInsensitive ? Path.ToLowerInvariant() : Path)}";
    }

    /// <summary>The forge the host belongs to.</summary>
    public RepositoryForge Forge { get; }

    /// <summary>The host, lower case, without <c>www.</c> (<c>github.com</c> for GitHub Pages), with a non-default port.</summary>
    public string Host { get; }

    /// <summary>The repository's path as written, without <c>.git</c>: <c>owner/repo</c>, or <c>group/sub/project</c> on GitLab.</summary>
    public string Path { get; }

    /// <summary>Everything before the repository's name: the owner, or the GitLab group path.</summary>
    public string Owner => Path.Contains('/', StringComparison.Ordinal) ? Path[..Path.LastIndexOf('/')] : string.Empty;

    /// <summary>The repository's own name (the last path segment).</summary>
    public string Name => Path[(Path.LastIndexOf('/') + 1)..];

    /// <summary>
    /// The scheme as written, lower case: <c>https</c>, <c>http</c>, <c>git+https</c>, <c>git+ssh</c>, <c>ssh</c>,
    /// <c>git</c>, or <c>scp</c> for <c>git@host:owner/repo</c>.
    /// </summary>
    public string Scheme { get; }

    /// <summary>Whether the URL was a plain <c>http://</c> link (it is normalised to https; PyPI would not verify it).</summary>
    public bool UsedPlainHttp => Scheme == "http";

    /// <summary>Whether the URL was a GitHub Pages site of the repository.</summary>
    public bool IsGitHubPages { get; }

    /// <summary>Whether owner and repository names compare case-insensitively (every known forge).</summary>
    public bool IsCaseInsensitive => Forge != RepositoryForge.Other;

    /// <summary>The repository's web address: <c>https://host/path</c>.</summary>
    public Uri Uri { get; }

    /// <summary>The normalised form equality uses: host and path, the path lower case on case-insensitive forges.</summary>
    public string Key { get; }

    /// <summary>Reads a repository URL.</summary>
    /// <param name="value">The URL in any supported form.</param>
    /// <param name="url">The repository, when the value names one.</param>
    /// <returns>Whether the value names a repository.</returns>
    public static bool TryParse(string? value, [NotNullWhen(true)] out RepositoryUrl? url)
    {
        url = null;
        if (!RawRepositoryUrl.TryRead(value, out var raw))
        {
            return false;
        }

        var pagesOwner = RepositoryHosts.GitHubPagesOwner(raw.Host);
        if (pagesOwner is not null)
        {
            // https://owner.github.io/repo/… is served from owner/repo; the bare site from owner/owner.github.io.
            var repository = raw.Segments.Count > 0 ? raw.Segments[0] : raw.Host;
            url = new RepositoryUrl(RepositoryForge.GitHub, RepositoryHosts.GitHub, [pagesOwner, repository], raw.Scheme, isGitHubPages: true);
            return true;
        }

        var forge = RepositoryHosts.ForgeOf(raw.Host);
        var root = RepositoryPath.RootOf(forge, raw.Segments);
        if (root is null)
        {
            return false;
        }

        url = new RepositoryUrl(forge, raw.Host, root, raw.Scheme, isGitHubPages: false);
        return true;
    }

    /// <summary>Reads a repository URL that must be one.</summary>
    /// <param name="value">The URL.</param>
    /// <returns>The repository.</returns>
    /// <exception cref="FormatException">The value names no repository.</exception>
    public static RepositoryUrl Parse(string value) =>
        TryParse(value, out var url) ? url : throw new FormatException($"'{value}' is not a repository URL.");

    /// <summary>Whether another URL is this repository or lies below it (PyPI's "same path or a sub-path" rule).</summary>
    /// <param name="other">The other repository URL.</param>
    /// <returns>True when it is the same repository or a path under it.</returns>
    public bool Covers(RepositoryUrl other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Equals(other) || other.Key.StartsWith(Key + "/", StringComparison.Ordinal);
    }

    /// <inheritdoc />
    public bool Equals(RepositoryUrl? other) => other is not null && string.Equals(Key, other.Key, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Key);

    /// <summary>The repository's web address.</summary>
    /// <returns><c>https://host/path</c>.</returns>
    public override string ToString() => Uri.AbsoluteUri;
}
