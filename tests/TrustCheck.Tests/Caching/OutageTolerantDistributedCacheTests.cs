using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Logging.Abstractions;
using TrustCheck.Caching;

namespace TrustCheck.Tests.Caching;

public sealed class OutageTolerantDistributedCacheTests
{
    [Fact]
    public async Task GetAsync_AfterAFailure_GoesAroundTheInnerCacheUntilTheIntervalHasPassed()
    {
        var inner = new FlakyCache { Failing = true };
        using var cache = new OutageTolerantDistributedCache(inner, TimeSpan.FromMilliseconds(300), NullLogger.Instance);

        await Assert.ThrowsAsync<IOException>(() => cache.GetAsync("k"));
        inner.Failing = false;
        Assert.Null(await cache.GetAsync("k"));
        await cache.SetAsync("k", [1], new DistributedCacheEntryOptions());

        Assert.True(cache.IsBypassing);
        Assert.Equal(1, inner.Calls);
        await Task.Delay(TimeSpan.FromMilliseconds(400));
        await cache.SetAsync("k", [2], new DistributedCacheEntryOptions());
        Assert.Equal([2], await cache.GetAsync("k"));
        Assert.False(cache.IsBypassing);
        Assert.Equal(3, inner.Calls);
    }

    [Fact]
    public async Task RemoveAsync_WhileBypassing_StillRemoves()
    {
        var inner = new FlakyCache { Failing = true };
        using var cache = new OutageTolerantDistributedCache(inner, TimeSpan.FromMinutes(1), NullLogger.Instance);
        await Assert.ThrowsAsync<IOException>(() => cache.SetAsync("k", [1], new DistributedCacheEntryOptions()));
        inner.Failing = false;

        await cache.RemoveAsync("k");

        Assert.True(cache.IsBypassing);
        Assert.Equal(2, inner.Calls);
    }

    [Fact]
    public async Task GetAsync_CancelledByTheCaller_DoesNotStartBypassing()
    {
        var inner = new FlakyCache { Cancelled = true };
        using var cache = new OutageTolerantDistributedCache(inner, TimeSpan.FromMinutes(1), NullLogger.Instance);
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cache.GetAsync("k", cancellation.Token));

        Assert.False(cache.IsBypassing);
    }

    private sealed class FlakyCache : IDistributedCache
    {
        private readonly Dictionary<string, byte[]> _values = [];

        public bool Failing { get; set; }

        public bool Cancelled { get; set; }

        public int Calls { get; private set; }

        public byte[]? Get(string key) => Call(() => _values.GetValueOrDefault(key));

        public Task<byte[]?> GetAsync(string key, CancellationToken token = default) => Task.FromResult(Get(key));

        public void Refresh(string key) => Call(() => true);

        public Task RefreshAsync(string key, CancellationToken token = default) => Task.FromResult(Call(() => true));

        public void Remove(string key) => Call(() => _values.Remove(key));

        public Task RemoveAsync(string key, CancellationToken token = default) => Task.FromResult(Call(() => _values.Remove(key)));

        public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => Call(() => _values[key] = value);

        public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) =>
            Task.FromResult(Call(() => _values[key] = value));

        private T Call<T>(Func<T> action)
        {
            Calls++;
            if (Cancelled)
            {
                throw new OperationCanceledException();
            }

            return Failing ? throw new IOException("connection refused") : action();
        }
    }
}
