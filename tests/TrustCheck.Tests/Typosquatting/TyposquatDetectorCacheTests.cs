using TrustCheck.Packaging;
using TrustCheck.Sources;
using TrustCheck.Typosquatting;

namespace TrustCheck.Tests.Typosquatting;

public sealed class TyposquatDetectorCacheTests
{
    [Fact]
    public async Task GetAsync_CorpusUnavailableOnce_FailsThenRecoversAndKeepsTheIndex()
    {
        var source = new FlakyCorpus(failures: 1);
        var cache = new TyposquatDetectorCache(source);

        await Assert.ThrowsAsync<EvidenceSourceException>(() => cache.GetAsync([], CancellationToken.None));
        var first = await cache.GetAsync([], CancellationToken.None);
        var second = await cache.GetAsync([], CancellationToken.None);

        Assert.Same(first, second);
        Assert.Equal(2, source.Calls);
        Assert.Equal("requests", first.Check(PackageName.Parse("reqeusts"))?.Target);
    }

    [Fact]
    public async Task GetAsync_OtherTrustedNames_BuildsAnIndexThatKnowsThem()
    {
        var cache = new TyposquatDetectorCache(new FlakyCorpus(failures: 0));

        var plain = await cache.GetAsync([], CancellationToken.None);
        var trusting = await cache.GetAsync(["acme-billing-client"], CancellationToken.None);

        Assert.Null(plain.Check(PackageName.Parse("acme-biling-client")));
        Assert.Equal("acme-billing-client", trusting.Check(PackageName.Parse("acme-biling-client"))?.Target);
    }

    [Fact]
    public async Task Prefetch_StartsTheBuildAtOnce_AndTheNextGetJoinsIt()
    {
        var source = new FlakyCorpus(failures: 0);
        var cache = new TyposquatDetectorCache(source);

        cache.Prefetch([]);
        await source.Asked.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var detector = await cache.GetAsync([], CancellationToken.None);

        Assert.Equal(1, source.Calls);
        Assert.Equal("requests", detector.Check(PackageName.Parse("reqeusts"))?.Target);
    }

    [Fact]
    public async Task Prefetch_CorpusUnavailable_TheNextGetTriesAgain()
    {
        var source = new FlakyCorpus(failures: 1);
        var cache = new TyposquatDetectorCache(source);

        cache.Prefetch([]);
        await source.Asked.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var detector = await RetryUntilBuiltAsync(cache);

        Assert.Equal(2, source.Calls);
        Assert.Equal("requests", detector.Check(PackageName.Parse("reqeusts"))?.Target);
    }

    // The prefetch's failure may still be in flight when the first get arrives; that get then shares it.
    private static async Task<TyposquatDetector> RetryUntilBuiltAsync(TyposquatDetectorCache cache)
    {
        try
        {
            return await cache.GetAsync([], CancellationToken.None);
        }
        catch (EvidenceSourceException)
        {
            return await cache.GetAsync([], CancellationToken.None);
        }
    }

    private sealed class FlakyCorpus(int failures) : IPopularPackagesSource
    {
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        public TaskCompletionSource Asked { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<PopularPackages> GetAsync(CancellationToken cancellationToken = default)
        {
            var calls = Interlocked.Increment(ref _calls);
            Asked.TrySetResult();
            return calls <= failures
                ? Task.FromException<PopularPackages>(new EvidenceSourceException(EvidenceErrorKind.Unreachable, "test", "the corpus is unreachable"))
                : Task.FromResult(new PopularPackages([new PopularPackage(PackageName.Parse("requests"), 1_000_000_000), new PopularPackage(PackageName.Parse("numpy"), 900_000_000)], "test"));
        }
    }
}
