namespace TrustCheck.Packaging.DependencyFiles;

/// <summary>How a dependency file points at a package source.</summary>
public enum IndexDirectiveKind
{
    /// <summary><c>--index-url</c> / <c>-i</c>: replaces the default index.</summary>
    IndexUrl,

    /// <summary><c>--extra-index-url</c>: an index consulted besides the main one (the dependency-confusion setting).</summary>
    ExtraIndexUrl,

    /// <summary><c>--find-links</c> / <c>-f</c>: a page or directory of distribution links.</summary>
    FindLinks,

    /// <summary><c>--no-index</c>: no index at all (the URL is empty).</summary>
    NoIndex,

    /// <summary>A registry or index a lock file records for its packages (uv <c>registry</c>, Poetry <c>[package.source]</c>, pylock <c>index</c>).</summary>
    PackageSource,
}
