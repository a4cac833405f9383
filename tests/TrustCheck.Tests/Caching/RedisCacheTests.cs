using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;
using TrustCheck.TestKit;

namespace TrustCheck.Tests.Caching;

/// <summary>
/// The Redis L2 as a fleet of CI runners would use it: independent service providers, each with the standard
/// <c>AddStackExchangeRedisCache</c> registration, against one real <c>redis-server</c>.
/// </summary>
[Collection(RedisServerCollectionDefinition.Name)]
public sealed class RedisCacheTests(RedisServerFixture fixture)
{
    [Fact]
    public async Task SetAsync_ThroughOneProvider_IsReadThroughAnIndependentOne()
    {
        await using var first = BuildProvider();
        await using var second = BuildProvider();
        var key = UniqueKey();

        await first.GetRequiredService<IDistributedCache>().SetAsync(key, [1, 2, 3], new DistributedCacheEntryOptions());

        Assert.Equal([1, 2, 3], await second.GetRequiredService<IDistributedCache>().GetAsync(key));
    }

    [Fact]
    public async Task RemoveAsync_ThroughOneProvider_IsSeenByAnIndependentOne()
    {
        await using var first = BuildProvider();
        await using var second = BuildProvider();
        var key = UniqueKey();
        await first.GetRequiredService<IDistributedCache>().SetAsync(key, [1], new DistributedCacheEntryOptions());

        await second.GetRequiredService<IDistributedCache>().RemoveAsync(key);

        Assert.Null(await first.GetRequiredService<IDistributedCache>().GetAsync(key));
    }

    [Fact]
    public async Task SetAsync_ShortAbsoluteExpiry_EntryDisappearsForEveryProvider()
    {
        await using var first = BuildProvider();
        await using var second = BuildProvider();
        var key = UniqueKey();
        var reader = second.GetRequiredService<IDistributedCache>();

        await first.GetRequiredService<IDistributedCache>().SetAsync(
            key, [1], new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(1) });

        await Eventually.HoldsAsync("the entry to expire", async () => await reader.GetAsync(key) is null);
    }

    [Fact]
    public async Task HybridCache_GetOrCreateAsyncInTwoProviders_SecondGetsTheFirstsValueWithoutRunningItsFactory()
    {
        await using var first = BuildProvider(withHybridCache: true);
        await using var second = BuildProvider(withHybridCache: true);
        var key = UniqueKey();
        var firstCalls = 0;
        var secondCalls = 0;

        var fromFirst = await first.GetRequiredService<HybridCache>().GetOrCreateAsync(key, _ =>
        {
            Interlocked.Increment(ref firstCalls);
            return ValueTask.FromResult("evidence from the first runner");
        });
        var fromFirstAgain = await first.GetRequiredService<HybridCache>().GetOrCreateAsync(key, _ =>
        {
            Interlocked.Increment(ref firstCalls);
            return ValueTask.FromResult("recomputed");
        });
        // HybridCache writes its L2 behind the caller's back: wait until Redis has the entry.
        var secondL2 = second.GetRequiredService<IDistributedCache>();
        await Eventually.HoldsAsync("the first provider's write to Redis", async () => await secondL2.GetAsync(key) is not null);
        var fromSecond = await second.GetRequiredService<HybridCache>().GetOrCreateAsync(key, _ =>
        {
            Interlocked.Increment(ref secondCalls);
            return ValueTask.FromResult("evidence from the second runner");
        });

        Assert.Equal("evidence from the first runner", fromFirst);
        Assert.Equal(fromFirst, fromFirstAgain);
        Assert.Equal(fromFirst, fromSecond);
        Assert.Equal(1, firstCalls);
        Assert.Equal(0, secondCalls);
    }

    private ServiceProvider BuildProvider(bool withHybridCache = false)
    {
        var services = new ServiceCollection();
        services.AddStackExchangeRedisCache(o => o.Configuration = fixture.Server.ConnectionString);
        if (withHybridCache)
        {
            services.AddHybridCache();
        }

        return services.BuildServiceProvider();
    }

    private static string UniqueKey() => $"trustcheck-tests:{Guid.NewGuid():N}";
}
