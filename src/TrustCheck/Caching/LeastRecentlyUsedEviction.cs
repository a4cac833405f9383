namespace TrustCheck.Caching;

/// <summary>Chooses which entry files to delete to bring the store under a size: the least recently used first.</summary>
internal static class LeastRecentlyUsedEviction
{
    /// <summary>The files to delete, oldest use first, so that the rest total at most <paramref name="targetBytes"/>.</summary>
    /// <param name="files">The store's entry files.</param>
    /// <param name="targetBytes">The size to get under.</param>
    public static IEnumerable<CacheFileInfo> Victims(IReadOnlyCollection<CacheFileInfo> files, long targetBytes)
    {
        var total = files.Sum(f => f.Length);
        foreach (var file in files.OrderBy(f => f.LastUsedUtc).ThenBy(f => f.Path, StringComparer.Ordinal))
        {
            if (total <= targetBytes)
            {
                yield break;
            }

            total -= file.Length;
            yield return file;
        }
    }
}
