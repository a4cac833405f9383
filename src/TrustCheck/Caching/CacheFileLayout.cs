using System.Buffers;

namespace TrustCheck.Caching;

/// <summary>
/// Where the file store keeps things: <c>{root}/{hash[0..2]}/{hash}</c> for an entry, and a uniquely named
/// <c>{hash}.{random}.tmp</c> beside it while the entry is being written.
/// </summary>
/// <param name="root">The store's folder.</param>
internal sealed class CacheFileLayout(string root)
{
    /// <summary>The suffix of files being written.</summary>
    public const string TemporarySuffix = ".tmp";

    private const int HashLength = 64;

    private static readonly SearchValues<char> LowerHexDigits = SearchValues.Create("0123456789abcdef");

    /// <summary>The store's folder, absolute.</summary>
    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>The shard folder of a key.</summary>
    /// <param name="key">The key.</param>
    public string ShardOf(CacheKey key) => Path.Combine(Root, key.Shard);

    /// <summary>The entry file of a key.</summary>
    /// <param name="key">The key.</param>
    public string PathOf(CacheKey key) => Path.Combine(Root, key.Shard, key.Hash);

    /// <summary>A fresh temporary file name beside the entry file of a key.</summary>
    /// <param name="key">The key.</param>
    public string TemporaryPathOf(CacheKey key) =>
        Path.Combine(Root, key.Shard, $"{key.Hash}.{Guid.NewGuid():N}{TemporarySuffix}");

    /// <summary>Whether a file name is an entry's (64 lowercase hex digits).</summary>
    /// <param name="fileName">The name, without folder.</param>
    public static bool IsEntryName(ReadOnlySpan<char> fileName) =>
        fileName.Length == HashLength && !fileName.ContainsAnyExcept(LowerHexDigits);

    /// <summary>Whether a file name is a temporary file's.</summary>
    /// <param name="fileName">The name, without folder.</param>
    public static bool IsTemporaryName(ReadOnlySpan<char> fileName) =>
        fileName.Length > HashLength && fileName.EndsWith(TemporarySuffix, StringComparison.Ordinal)
        && IsEntryName(fileName[..HashLength]);
}
