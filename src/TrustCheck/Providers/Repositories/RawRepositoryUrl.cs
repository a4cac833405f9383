using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace TrustCheck.Providers.Repositories;

/// <summary>
/// A repository URL split into scheme, host and path segments, before any forge rule is applied. Reads web URLs
/// (<c>https</c>, <c>http</c>), clone URLs (<c>git+https</c>, <c>git+ssh</c>, <c>ssh</c>, <c>git</c>), scp-like
/// addresses (<c>git@host:owner/repo.git</c>) and public forge hosts written without a scheme.
/// </summary>
/// <param name="Scheme">The scheme as written, lower case (<c>https</c>, <c>http</c>, <c>git+https</c>, <c>ssh</c>, <c>scp</c>, …).</param>
/// <param name="Host">The host, lower case, without <c>www.</c> and user information; a non-default web port is kept.</param>
/// <param name="Segments">The path's non-empty segments, unescaped; query and fragment dropped.</param>
internal sealed partial record RawRepositoryUrl(string Scheme, string Host, IReadOnlyList<string> Segments)
{
    /// <summary>The scheme recorded for scp-like addresses.</summary>
    public const string ScpScheme = "scp";

    private static readonly HashSet<string> Schemes = new(StringComparer.Ordinal) { "https", "http", "ssh", "git" };

    /// <summary>Reads a URL-like string.</summary>
    /// <param name="value">The string.</param>
    /// <param name="url">The parts, when the string is a URL TrustCheck can read as a repository location.</param>
    /// <returns>Whether it could be read.</returns>
    public static bool TryRead(string? value, [NotNullWhen(true)] out RawRepositoryUrl? url)
    {
        url = null;
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text) || text.Any(char.IsWhiteSpace))
        {
            return false;
        }

        var scp = ScpLike().Match(text);
        if (scp.Success)
        {
            url = new RawRepositoryUrl(ScpScheme, RepositoryHosts.Normalize(scp.Groups["host"].Value), SegmentsOf(scp.Groups["path"].Value));
            return true;
        }

        var gitPlus = text.StartsWith("git+", StringComparison.OrdinalIgnoreCase);
        var rest = gitPlus ? text[4..] : text;
        if (!rest.Contains("://", StringComparison.Ordinal))
        {
            if (gitPlus || !RepositoryHosts.AcceptsWithoutScheme(RepositoryHosts.Normalize(rest.Split('/')[0])))
            {
                return false;
            }

            rest = "https://" + rest;
        }

        if (!Uri.TryCreate(rest, UriKind.Absolute, out var uri) || !Schemes.Contains(uri.Scheme) || uri.Host.Length == 0)
        {
            return false;
        }

        var host = RepositoryHosts.Normalize(uri.Host);
        if (uri.Scheme is "https" or "http" && !uri.IsDefaultPort)
        {
            host += ":" + uri.Port.ToString(CultureInfo.InvariantCulture);
        }

        // pip's VCS form pins a revision after '@': git+https://host/owner/repo.git@v1.0.
        var path = Uri.UnescapeDataString(uri.AbsolutePath);
        var revision = gitPlus ? path.IndexOf('@', StringComparison.Ordinal) : -1;
        url = new RawRepositoryUrl((gitPlus ? "git+" : string.Empty) + uri.Scheme, host, SegmentsOf(revision < 0 ? path : path[..revision]));
        return true;
    }

    private static string[] SegmentsOf(string path) =>
        path.Split('/', StringSplitOptions.RemoveEmptyEntries);

    [GeneratedRegex(@"^[A-Za-z0-9._-]+@(?<host>[A-Za-z0-9.-]+\.[A-Za-z0-9-]+):(?!//)/?(?<path>[^?#]+)(?:[?#].*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ScpLike();
}
