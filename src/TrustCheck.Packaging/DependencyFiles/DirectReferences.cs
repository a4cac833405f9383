using System.Buffers;

namespace TrustCheck.Packaging.DependencyFiles;

/// <summary>Classifies direct references (URLs and paths) as pip does, for <see cref="NotInspectableEntry"/>.</summary>
internal static class DirectReferences
{
    private static readonly string[] ArchiveExtensions =
        [".zip", ".whl", ".tar.bz2", ".tbz", ".tar.xz", ".txz", ".tlz", ".tar.lz", ".tar.lzma", ".tar.gz", ".tgz", ".tar"];

    private static readonly SearchValues<char> RequirementSyntax = SearchValues.Create("<>=!~;[( ");

    private static readonly string[] VcsPrefixes = ["git+", "hg+", "svn+", "bzr+"];

    /// <summary>The URL scheme, lower-cased (text before the first <c>:</c>), or null.</summary>
    public static string? Scheme(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 ? text[..colon].ToLowerInvariant() : null;
    }

    /// <summary>pip's <c>is_url</c>: an http, https, file or ftp URL, or a VCS URL (<c>git+https:</c>, <c>git:</c>, …).</summary>
    public static bool IsUrl(string text) => Scheme(text) is { } scheme && (scheme is "http" or "https" or "file" or "ftp" || IsVcsScheme(scheme));

    /// <summary>Why a URL (after <c>@</c>, or a bare URL) cannot be inspected.</summary>
    public static NotInspectableReason ReasonForUrl(string url) => Scheme(url) switch
    {
        { } scheme when IsVcsScheme(scheme) => NotInspectableReason.Vcs,
        "file" => NotInspectableReason.LocalPath,
        _ => NotInspectableReason.Url,
    };

    /// <summary>pip's <c>_looks_like_path</c>: a path separator, or a leading dot.</summary>
    public static bool LooksLikePath(string text) => text.Contains('/', StringComparison.Ordinal) || text.Contains('\\', StringComparison.Ordinal) || text.StartsWith('.');

    /// <summary>
    /// A requirement line that names a local directory or archive: pip's <c>_looks_like_path</c> (a path separator or a
    /// leading dot) or an archive extension, unless it is a PEP 508 <c>name @ url</c>, or what comes before the first
    /// separator holds characters of a version specifier, marker or extras (<c>requests==/usr/x</c> is an invalid
    /// requirement, not a path: pip finds no such directory and rejects it).
    /// </summary>
    public static bool IsLocalPath(string text)
    {
        if (IsNamedReference(text) || !(LooksLikePath(text) || IsArchiveFile(text)))
        {
            return false;
        }

        var separator = text.IndexOfAny(['/', '\\']);
        var head = separator >= 0 ? text[..separator] : text;
        return !head.AsSpan().ContainsAny(RequirementSyntax);
    }

    /// <summary>pip's <c>is_archive_file</c>: a name with an archive extension (<c>.whl</c>, <c>.tar.gz</c>, <c>.zip</c>, …).</summary>
    public static bool IsArchiveFile(string text) => ArchiveExtensions.Any(extension => text.EndsWith(extension, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// pip's rule for <c>name @ url</c> written with a path-like look: text with <c>@</c> whose part before it does not
    /// look like a path is a PEP 508 requirement, not a path.
    /// </summary>
    public static bool IsNamedReference(string text)
    {
        var at = text.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && !LooksLikePath(text[..at]);
    }

    /// <summary>
    /// The project a URL or path names, when it says: a distribution file name (<c>pkg-1.0-py3-none-any.whl</c>,
    /// <c>pkg-1.0.tar.gz</c>) or an <c>#egg=name</c> fragment.
    /// </summary>
    public static PackageName? NameOf(string urlOrPath)
    {
        var hash = urlOrPath.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
        {
            foreach (var part in urlOrPath[(hash + 1)..].Split('&'))
            {
                if (part.StartsWith("egg=", StringComparison.Ordinal) && PackageName.TryParse(part[4..], out var egg))
                {
                    return egg;
                }
            }
        }

        return FileHashes.LastSegment(urlOrPath) is { } file && DistributionFilename.TryParse(file, out var distribution)
            ? distribution.Name
            : null;
    }

    private static bool IsVcsScheme(string scheme) =>
        scheme is "git" or "svn" || VcsPrefixes.Any(prefix => scheme.StartsWith(prefix, StringComparison.Ordinal));
}
