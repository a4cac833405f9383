using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Logging;

namespace TrustCheck.Caching;

/// <summary>
/// Puts a shared L2 (Redis) that has just failed out of the way for a while. HybridCache already treats an L2 failure
/// as a miss, but it still waits for each call to fail: with Redis down, every lookup and every write would wait for
/// the connection timeout (5 s by default). After a failure this cache answers "miss" and drops writes at once until
/// <see cref="EvidenceCacheOptions.SharedCacheRetryInterval"/> has passed, then tries the inner cache again; so
/// inspections go on from the memory tier and the network, and use the shared cache again when it is back.
/// </summary>
/// <remarks>
/// The interval runs on the wall clock (<see cref="TimeProvider.System"/>), not the evidence clock: it is about the
/// connection, and tests freeze the evidence clock. Reads and writes that fail are rethrown for HybridCache to log.
/// </remarks>
internal sealed partial class OutageTolerantDistributedCache(IDistributedCache inner, TimeSpan retryInterval, ILogger logger) : IDistributedCache, IDisposable
{
    private static readonly TimeProvider Clock = TimeProvider.System;
    private long _bypassUntil;

    /// <summary>Whether calls currently go around the inner cache.</summary>
    public bool IsBypassing => Clock.GetTimestamp() < Interlocked.Read(ref _bypassUntil);

    public byte[]? Get(string key) => IsBypassing ? null : Guard(() => inner.Get(key));

    public async Task<byte[]?> GetAsync(string key, CancellationToken token = default) =>
        IsBypassing ? null : await GuardAsync(() => inner.GetAsync(key, token), token).ConfigureAwait(false);

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options)
    {
        if (!IsBypassing)
        {
            Guard(() =>
            {
                inner.Set(key, value, options);
                return true;
            });
        }
    }

    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) =>
        IsBypassing ? Task.CompletedTask : GuardAsync(async () =>
        {
            await inner.SetAsync(key, value, options, token).ConfigureAwait(false);
            return true;
        }, token);

    public void Refresh(string key)
    {
        if (!IsBypassing)
        {
            Guard(() =>
            {
                inner.Refresh(key);
                return true;
            });
        }
    }

    public Task RefreshAsync(string key, CancellationToken token = default) =>
        IsBypassing ? Task.CompletedTask : GuardAsync(async () =>
        {
            await inner.RefreshAsync(key, token).ConfigureAwait(false);
            return true;
        }, token);

    // A removal is never skipped: an entry that should be gone must not come back after the outage.
    public void Remove(string key) => inner.Remove(key);

    public Task RemoveAsync(string key, CancellationToken token = default) => inner.RemoveAsync(key, token);

    public void Dispose() => (inner as IDisposable)?.Dispose();

    private T Guard<T>(Func<T> call)
    {
        try
        {
            return call();
        }
        catch (Exception error) when (error is not (OperationCanceledException or ArgumentException))
        {
            Bypass(error);
            throw;
        }
    }

    private async Task<T> GuardAsync<T>(Func<Task<T>> call, CancellationToken token)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (Exception error) when (!(error is OperationCanceledException && token.IsCancellationRequested) && error is not ArgumentException)
        {
            Bypass(error);
            throw;
        }
    }

    private void Bypass(Exception error)
    {
        var until = Clock.GetTimestamp() + (long)(retryInterval.TotalSeconds * Clock.TimestampFrequency);
        var previous = Interlocked.Exchange(ref _bypassUntil, until);
        if (Clock.GetTimestamp() >= previous)
        {
            LogBypassing(logger, retryInterval, error);
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "The shared cache failed; going around it (memory tier and network only) for {Interval} before trying it again.")]
    private static partial void LogBypassing(ILogger logger, TimeSpan interval, Exception error);
}
