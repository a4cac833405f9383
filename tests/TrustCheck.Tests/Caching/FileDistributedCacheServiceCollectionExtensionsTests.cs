using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;
using TrustCheck.Caching;
using TrustCheck.TestKit;

namespace TrustCheck.Tests.Caching;

public sealed class FileDistributedCacheServiceCollectionExtensionsTests : IDisposable
{
    private const string Key = "pypi/json/sampleproject/4.0.0";

    private readonly TemporaryDirectory _directory = new("trustcheck-filecache-di-");

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void AddFileDistributedCache_Resolved_IsTheFileStoreOverTheConfiguredDirectory()
    {
        using var provider = BuildProvider();

        var cache = provider.GetRequiredService<IDistributedCache>();
        cache.Set("k", [1], new DistributedCacheEntryOptions());

        Assert.IsType<FileDistributedCache>(cache);
        Assert.NotEmpty(Directory.EnumerateFiles(_directory.Path, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task AddFileDistributedCache_UnderHybridCacheInTwoProviders_SecondReadsTheFirstsValueWithoutItsFactory()
    {
        await using var first = BuildProvider();
        await using var second = BuildProvider();
        var firstCalls = 0;
        var secondCalls = 0;

        var fromFirst = await first.GetRequiredService<HybridCache>().GetOrCreateAsync(
            Key,
            _ =>
            {
                Interlocked.Increment(ref firstCalls);
                return ValueTask.FromResult("evidence");
            });
        // HybridCache writes its L2 behind the caller's back: wait until the entry is in the shared folder.
        var secondL2 = second.GetRequiredService<IDistributedCache>();
        await Eventually.HoldsAsync("the first provider's L2 write", async () => await secondL2.GetAsync(Key) is not null);
        var fromSecond = await second.GetRequiredService<HybridCache>().GetOrCreateAsync(
            Key,
            _ =>
            {
                Interlocked.Increment(ref secondCalls);
                return ValueTask.FromResult("other");
            });

        Assert.Equal("evidence", fromFirst);
        Assert.Equal("evidence", fromSecond);
        Assert.Equal(1, firstCalls);
        Assert.Equal(0, secondCalls);
    }

    private ServiceProvider BuildProvider()
    {
        var services = new ServiceCollection();
        services.AddFileDistributedCache(o => o.Directory = _directory.Path);
        services.AddHybridCache();
        return services.BuildServiceProvider();
    }
}
