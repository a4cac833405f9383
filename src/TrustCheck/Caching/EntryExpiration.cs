using Microsoft.Extensions.Caching.Distributed;

namespace TrustCheck.Caching;

/// <summary>
/// The expiry data stored in an entry: an absolute deadline, a sliding window and the instant that window was last
/// renewed. Every value is in UTC ticks; 0 means "none".
/// </summary>
/// <param name="AbsoluteUtcTicks">The absolute deadline, or 0.</param>
/// <param name="SlidingTicks">The length of the sliding window, or 0.</param>
/// <param name="LastAccessUtcTicks">When the sliding window last started (the write, or the last read or refresh).</param>
internal readonly record struct EntryExpiration(long AbsoluteUtcTicks, long SlidingTicks, long LastAccessUtcTicks)
{
    /// <summary>Whether the entry renews its window on every read.</summary>
    public bool IsSliding => SlidingTicks > 0;

    /// <summary>Turns <see cref="DistributedCacheEntryOptions"/> into stored expiry data, as Redis does.</summary>
    /// <param name="options">The caller's options.</param>
    /// <param name="now">The current instant.</param>
    /// <exception cref="ArgumentOutOfRangeException">The absolute expiration is not in the future.</exception>
    public static EntryExpiration From(DistributedCacheEntryOptions options, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.AbsoluteExpiration is { } absolute && absolute <= now)
        {
            throw new ArgumentOutOfRangeException(nameof(options), absolute, "The absolute expiration value must be in the future.");
        }

        var deadline = options.AbsoluteExpirationRelativeToNow is { } relative
            ? now + relative
            : options.AbsoluteExpiration;
        return new EntryExpiration(
            deadline?.UtcTicks ?? 0,
            options.SlidingExpiration?.Ticks ?? 0,
            now.UtcTicks);
    }

    /// <summary>Whether the entry is past its absolute deadline or its sliding window at <paramref name="now"/>.</summary>
    /// <param name="now">The current instant.</param>
    public bool IsExpiredAt(DateTimeOffset now)
    {
        var ticks = now.UtcTicks;
        return (AbsoluteUtcTicks != 0 && ticks >= AbsoluteUtcTicks)
            || (SlidingTicks != 0 && ticks >= LastAccessUtcTicks + SlidingTicks);
    }

    /// <summary>The same expiry with its sliding window restarted at <paramref name="now"/>.</summary>
    /// <param name="now">The current instant.</param>
    public EntryExpiration RenewedAt(DateTimeOffset now) => this with { LastAccessUtcTicks = now.UtcTicks };
}
