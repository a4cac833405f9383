using TrustCheck.Packaging;

namespace TrustCheck.Artifacts.Surface;

/// <summary>Where a member lands once installed, as a key that stays the same from one release to the next.</summary>
public static class ReleaseLayout
{
    /// <summary>
    /// The member's key: a wheel's <c>*.data/purelib/</c> and <c>*.data/platlib/</c> prefixes dropped (those install
    /// beside the top level), an sdist's <c>name-version/</c> folder dropped.
    /// </summary>
    /// <param name="path">The member path.</param>
    /// <param name="kind">The distribution's kind.</param>
    /// <returns>The key.</returns>
    public static string ModuleKey(string path, DistributionKind kind)
    {
        ArgumentNullException.ThrowIfNull(path);
        var slash = path.IndexOf('/', StringComparison.Ordinal);
        if (kind == DistributionKind.SourceDistribution)
        {
            return slash < 0 ? path : path[(slash + 1)..];
        }

        if (slash > 0 && path.AsSpan(0, slash).EndsWith(".data", StringComparison.Ordinal))
        {
            var rest = path[(slash + 1)..];
            foreach (var scheme in (ReadOnlySpan<string>)["purelib/", "platlib/"])
            {
                if (rest.StartsWith(scheme, StringComparison.Ordinal))
                {
                    return rest[scheme.Length..];
                }
            }

            return rest;
        }

        return path;
    }

    /// <summary>Whether the member is installed at the top of site-packages (where <c>.pth</c> files take effect).</summary>
    /// <param name="key">The member's <see cref="ModuleKey"/>.</param>
    /// <param name="path">The member path.</param>
    public static bool AtSitePackagesRoot(string key, string path) =>
        !key.Contains('/', StringComparison.Ordinal) && (path == key || path.Contains(".data/purelib/", StringComparison.Ordinal) || path.Contains(".data/platlib/", StringComparison.Ordinal));
}
