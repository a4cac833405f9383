namespace TrustCheck.Providers.DependencyConfusion;

/// <summary>
/// Which index pip installs a name from when it is given <c>--index-url</c> and <c>--extra-index-url</c>: pip pools
/// the candidates of every index and takes the highest version, whatever index offers it; when several indexes offer
/// that version, any of their files may be chosen.
/// </summary>
internal static class IndexResolution
{
    /// <summary>The indexes pip may install from (one, or several on a tie), in configuration order.</summary>
    public static IReadOnlyList<IndexVersions> Winners(IReadOnlyList<IndexVersions> indexes)
    {
        var candidates = indexes.Where(i => i.Highest is not null).ToList();
        if (candidates.Count == 0)
        {
            return [];
        }

        var highest = candidates.Max(i => i.Highest)!;
        return [.. candidates.Where(i => i.Highest == highest)];
    }
}
