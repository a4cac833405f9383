using Microsoft.Extensions.Caching.Distributed;
using TrustCheck.Caching;

namespace TrustCheck.Tests.Caching;

public sealed class EntryExpirationTests
{
    private static readonly DateTimeOffset Now = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void From_BothAbsoluteForms_RelativeToNowWins()
    {
        var expiration = EntryExpiration.From(
            new DistributedCacheEntryOptions
            {
                AbsoluteExpiration = Now.AddHours(5),
                AbsoluteExpirationRelativeToNow = TimeSpan.FromHours(1),
            },
            Now);

        Assert.Equal(Now.AddHours(1).UtcTicks, expiration.AbsoluteUtcTicks);
    }

    [Fact]
    public void From_NoExpiry_NeverExpires()
    {
        var expiration = EntryExpiration.From(new DistributedCacheEntryOptions(), Now);

        Assert.False(expiration.IsExpiredAt(Now.AddYears(100)));
    }

    [Fact]
    public void IsExpiredAt_ExactlyAtTheDeadline_IsExpired()
    {
        var expiration = EntryExpiration.From(new DistributedCacheEntryOptions { SlidingExpiration = TimeSpan.FromMinutes(1) }, Now);

        Assert.False(expiration.IsExpiredAt(Now.AddSeconds(59)));
        Assert.True(expiration.IsExpiredAt(Now.AddMinutes(1)));
        Assert.False(expiration.RenewedAt(Now.AddSeconds(59)).IsExpiredAt(Now.AddMinutes(1)));
    }
}
