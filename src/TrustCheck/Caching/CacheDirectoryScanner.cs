using System.IO.Enumeration;

namespace TrustCheck.Caching;

/// <summary>
/// Lists the store's entry files with their sizes and recency, and removes temporary files left behind by a
/// writer that died between creating and renaming them.
/// </summary>
internal static class CacheDirectoryScanner
{
    /// <summary>How old a temporary file must be before a scan deletes it as abandoned.</summary>
    public static readonly TimeSpan AbandonedAfter = TimeSpan.FromHours(1);

    private static readonly EnumerationOptions ShardsOnly = new()
    {
        RecurseSubdirectories = true,
        MaxRecursionDepth = 1,
        IgnoreInaccessible = true,
        AttributesToSkip = 0,
    };

    /// <summary>Lists the entry files under <paramref name="root"/>.</summary>
    /// <param name="root">The store's folder.</param>
    /// <param name="now">The current instant, for abandoned temporary files.</param>
    public static List<CacheFileInfo> Scan(string root, DateTimeOffset now)
    {
        if (!Directory.Exists(root))
        {
            return [];
        }

        var abandonedBefore = (now - AbandonedAfter).UtcDateTime;
        var abandoned = new List<string>();
        var entries = new List<CacheFileInfo>();
        var enumerable = new FileSystemEnumerable<CacheFileInfo?>(root, Describe, ShardsOnly)
        {
            ShouldIncludePredicate = static (ref FileSystemEntry entry) => !entry.IsDirectory,
        };
        foreach (var file in enumerable)
        {
            if (file is not { } info)
            {
                continue;
            }

            if (CacheFileLayout.IsEntryName(Path.GetFileName(info.Path.AsSpan())))
            {
                entries.Add(info);
            }
            else if (info.LastUsedUtc < abandonedBefore)
            {
                abandoned.Add(info.Path);
            }
        }

        foreach (var path in abandoned)
        {
            EntryFile.TryDelete(path);
        }

        return entries;
    }

    private static CacheFileInfo? Describe(ref FileSystemEntry entry)
    {
        var name = entry.FileName;
        var inShard = !entry.Directory.SequenceEqual(entry.RootDirectory);
        if (!inShard || !(CacheFileLayout.IsEntryName(name) || CacheFileLayout.IsTemporaryName(name)))
        {
            return null;
        }

        // Length and time come from a stat that tolerates a file removed meanwhile (it then reads as empty).
        return new CacheFileInfo(entry.ToFullPath(), entry.Length, entry.LastWriteTimeUtc.UtcDateTime);
    }
}
