namespace TrustCheck.TestKit;

/// <summary>A clock that stands still at a chosen instant until moved (certificates and TUF metadata expire).</summary>
/// <param name="now">The instant it reports.</param>
public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    private DateTimeOffset _now = now;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => _now;

    /// <summary>Moves the clock.</summary>
    /// <param name="instant">The new instant.</param>
    public void SetUtcNow(DateTimeOffset instant) => _now = instant;
}
