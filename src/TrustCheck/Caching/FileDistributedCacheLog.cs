using Microsoft.Extensions.Logging;

namespace TrustCheck.Caching;

/// <summary>The log messages of <see cref="FileDistributedCache"/>.</summary>
internal static partial class FileDistributedCacheLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Deleted an invalid file cache entry '{Path}' (corrupt, truncated, foreign format or another key's); it reads as a miss.")]
    public static partial void InvalidEntryDeleted(this ILogger logger, string path);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Evicted {Count} least recently used file cache entries ({Bytes} bytes) to stay under {MaxBytes} bytes.")]
    public static partial void Evicted(this ILogger logger, int count, long bytes, long maxBytes);

    [LoggerMessage(EventId = 3, Level = LogLevel.Debug, Message = "Could not renew the sliding expiration of file cache entry '{Path}'.")]
    public static partial void RenewalFailed(this ILogger logger, string path, Exception exception);
}
