using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace TrustCheck.Caching;

/// <summary>
/// An <see cref="IDistributedCache"/> kept as files in a folder: TrustCheck's embedded L2 cache under HybridCache.
/// </summary>
/// <remarks>
/// <para>
/// One file per key, named by the lowercase hex SHA-256 of the key's UTF-8 bytes and sharded into a folder named by
/// its first two characters. Each file carries a magic number and format version, the expiry data, the key itself,
/// the value and a SHA-256 checksum of all that. An entry that fails any check (corrupt, truncated, another format,
/// another key's) is deleted and reads as a miss; so is an expired one.
/// </para>
/// <para>
/// Writes go to a unique temporary file that is flushed and then renamed over the entry, so concurrent readers and
/// writers, in this process or in others sharing the folder, see a whole old value or a whole new one. The store is
/// bounded: when a write takes it over <see cref="FileDistributedCacheOptions.MaxSizeBytes"/>, the least recently
/// used entries (writes and hits set a file's modification time from the configured clock) are evicted.
/// </para>
/// </remarks>
public sealed class FileDistributedCache : IDistributedCache
{
    private readonly CacheFileLayout _layout;
    private readonly CacheSizeBudget _budget;
    private readonly TimeProvider _timeProvider;
    private readonly long _maxSizeBytes;
    private readonly bool _flushToDisk;
    private readonly ILogger _logger;

    /// <summary>Creates a cache over the folder named by the options, creating the folder when missing.</summary>
    /// <param name="optionsAccessor">The options.</param>
    /// <param name="logger">Logs invalid entries and evictions; none when null.</param>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public FileDistributedCache(IOptions<FileDistributedCacheOptions> optionsAccessor, ILogger<FileDistributedCache>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(optionsAccessor);
        var options = optionsAccessor.Value;
        var validation = new FileDistributedCacheOptionsValidator().Validate(Options.DefaultName, options);
        if (validation.Failed)
        {
            throw new ArgumentException(validation.FailureMessage, nameof(optionsAccessor));
        }

        _timeProvider = options.TimeProvider;
        _layout = new CacheFileLayout(options.Directory);
        _maxSizeBytes = options.MaxSizeBytes;
        _flushToDisk = options.FlushToDisk;
        _budget = new CacheSizeBudget(_layout.Root, _maxSizeBytes, _timeProvider);
        _logger = logger ?? (ILogger)NullLogger.Instance;
        Directory.CreateDirectory(_layout.Root);
    }

    /// <inheritdoc />
    public byte[]? Get(string key) => ReadEntry(CacheKey.From(key))?.Payload;

    /// <inheritdoc />
    public async Task<byte[]?> GetAsync(string key, CancellationToken token = default)
    {
        var entry = await ReadEntryAsync(CacheKey.From(key), token).ConfigureAwait(false);
        return entry?.Payload;
    }

    /// <inheritdoc />
    public void Set(string key, byte[] value, DistributedCacheEntryOptions options)
    {
        var (cacheKey, content, now) = Prepare(key, value, options);
        var path = _layout.PathOf(cacheKey);
        var oldLength = EntryFile.LengthOf(path);
        EntryFile.Write(path, _layout.TemporaryPathOf(cacheKey), content, now.UtcDateTime, _flushToDisk);
        Written(oldLength, content.Length);
    }

    /// <inheritdoc />
    public async Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default)
    {
        token.ThrowIfCancellationRequested();
        var (cacheKey, content, now) = Prepare(key, value, options);
        var path = _layout.PathOf(cacheKey);
        var oldLength = EntryFile.LengthOf(path);
        await EntryFile.WriteAsync(path, _layout.TemporaryPathOf(cacheKey), content, now.UtcDateTime, _flushToDisk, beforeReplace: null, token)
            .ConfigureAwait(false);
        Written(oldLength, content.Length);
    }

    /// <inheritdoc />
    public void Refresh(string key) => _ = ReadEntry(CacheKey.From(key));

    /// <inheritdoc />
    public Task RefreshAsync(string key, CancellationToken token = default) => ReadEntryAsync(CacheKey.From(key), token);

    /// <inheritdoc />
    public void Remove(string key)
    {
        var path = _layout.PathOf(CacheKey.From(key));
        var length = EntryFile.LengthOf(path);
        try
        {
            File.Delete(path);
        }
        catch (DirectoryNotFoundException)
        {
            return;
        }

        _budget.Deleted(length);
    }

    /// <inheritdoc />
    public Task RemoveAsync(string key, CancellationToken token = default)
    {
        token.ThrowIfCancellationRequested();
        Remove(key);
        return Task.CompletedTask;
    }

    private (CacheKey Key, byte[] Content, DateTimeOffset Now) Prepare(string key, byte[] value, DistributedCacheEntryOptions options)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(options);
        var cacheKey = CacheKey.From(key);
        var now = _timeProvider.GetUtcNow();
        return (cacheKey, CacheEntryFormat.Encode(cacheKey.Utf8, value, EntryExpiration.From(options, now)), now);
    }

    private void Written(long oldLength, long newLength)
    {
        _budget.Written(oldLength, newLength);
        var evicted = _budget.Enforce();
        if (evicted.Count > 0)
        {
            var bytes = evicted.Sum(f => f.Length);
            _logger.Evicted(evicted.Count, bytes, _maxSizeBytes);
        }
    }

    private CacheEntry? ReadEntry(CacheKey key)
    {
        var path = _layout.PathOf(key);
        var data = EntryFile.Read(path);
        var now = _timeProvider.GetUtcNow();
        if (data is null || Accept(key, path, data, now) is not { } entry)
        {
            return null;
        }

        if (!entry.Expiration.IsSliding)
        {
            EntryFile.TryTouch(path, now.UtcDateTime);
            return entry;
        }

        try
        {
            EntryFile.Write(path, _layout.TemporaryPathOf(key), Renewed(key, entry, now), now.UtcDateTime, _flushToDisk, () => IsUnchanged(path, entry));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _logger.RenewalFailed(path, e);
        }

        return entry;
    }

    private async Task<CacheEntry?> ReadEntryAsync(CacheKey key, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var path = _layout.PathOf(key);
        var data = await EntryFile.ReadAsync(path, cancellationToken).ConfigureAwait(false);
        var now = _timeProvider.GetUtcNow();
        if (data is null || Accept(key, path, data, now) is not { } entry)
        {
            return null;
        }

        if (!entry.Expiration.IsSliding)
        {
            EntryFile.TryTouch(path, now.UtcDateTime);
            return entry;
        }

        try
        {
            await EntryFile.WriteAsync(
                path, _layout.TemporaryPathOf(key), Renewed(key, entry, now), now.UtcDateTime, _flushToDisk, () => IsUnchanged(path, entry), cancellationToken)
                .ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _logger.RenewalFailed(path, e);
        }

        return entry;
    }

    // Checks a file just read: an invalid or expired entry is deleted (unless it was replaced meanwhile) and is a miss.
    private CacheEntry? Accept(CacheKey key, string path, byte[] data, DateTimeOffset now)
    {
        if (!CacheEntryFormat.TryDecode(data, key.Utf8, out var entry))
        {
            if (DeleteIfUnchanged(path, data))
            {
                _logger.InvalidEntryDeleted(path);
            }

            return null;
        }

        if (entry.Expiration.IsExpiredAt(now))
        {
            DeleteIfUnchanged(path, data);
            return null;
        }

        return entry;
    }

    private static byte[] Renewed(CacheKey key, CacheEntry entry, DateTimeOffset now) =>
        CacheEntryFormat.Encode(key.Utf8, entry.Payload, entry.Expiration.RenewedAt(now));

    // A renewal must not resurrect a value that a concurrent writer replaced or removed after it was read.
    private static bool IsUnchanged(string path, CacheEntry entry) =>
        EntryFile.ReadTail(path, CacheEntryFormat.ChecksumLength) is { } tail && tail.AsSpan().SequenceEqual(entry.Checksum);

    private bool DeleteIfUnchanged(string path, byte[] data)
    {
        var tailLength = Math.Min(data.Length, CacheEntryFormat.ChecksumLength);
        if (EntryFile.ReadTail(path, tailLength) is not { } tail
            || EntryFile.LengthOf(path) != data.Length
            || !tail.AsSpan().SequenceEqual(data.AsSpan(data.Length - tailLength))
            || !EntryFile.TryDelete(path))
        {
            return false;
        }

        _budget.Deleted(data.Length);
        return true;
    }
}
