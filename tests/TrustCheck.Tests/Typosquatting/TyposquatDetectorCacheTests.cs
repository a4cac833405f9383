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

    private sealed class FlakyCorpus(int failures) : IPopularPackagesSource
    {
        public int Calls { get; private set; }

        public Task<PopularPackages> GetAsync(CancellationToken cancellationToken = default)
        {
            Calls++;
            return Calls <= failures
                ? Task.FromException<PopularPackages>(new EvidenceSourceException(EvidenceErrorKind.Unreachable, "test", "the corpus is unreachable"))
                : Task.FromResult(new PopularPackages([new PopularPackage(PackageName.Parse("requests"), 1_000_000_000), new PopularPackage(PackageName.Parse("numpy"), 900_000_000)], "test"));
        }
    }
}
