using TrustCheck.Caching;

namespace TrustCheck.Tests.Caching;

public sealed class LeastRecentlyUsedEvictionTests
{
    private static readonly DateTime T0 = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Victims_OverTarget_AreTheOldestUntilTheRestFits()
    {
        CacheFileInfo[] files =
        [
            new("c", 100, T0.AddMinutes(3)),
            new("a", 100, T0.AddMinutes(1)),
            new("d", 100, T0.AddMinutes(4)),
            new("b", 100, T0.AddMinutes(2)),
        ];

        var victims = LeastRecentlyUsedEviction.Victims(files, targetBytes: 250).Select(f => f.Path);

        Assert.Equal(["a", "b"], victims);
    }

    [Fact]
    public void Victims_UnderTarget_AreNone()
    {
        CacheFileInfo[] files = [new("a", 100, T0), new("b", 100, T0)];

        Assert.Empty(LeastRecentlyUsedEviction.Victims(files, targetBytes: 200));
    }
}
