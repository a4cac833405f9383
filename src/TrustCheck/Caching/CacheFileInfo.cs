namespace TrustCheck.Caching;

/// <summary>An entry file seen by a scan of the store.</summary>
/// <param name="Path">The file.</param>
/// <param name="Length">Its size in bytes.</param>
/// <param name="LastUsedUtc">Its modification time, which the store sets on every write and hit.</param>
internal readonly record struct CacheFileInfo(string Path, long Length, DateTime LastUsedUtc);
