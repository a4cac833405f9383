namespace TrustCheck.Attestations.TrustRoot;

/// <summary>A closed validity interval <c>[Start, End]</c>; no end means open-ended.</summary>
/// <param name="Start">The first instant of validity (required by the trusted-root format).</param>
/// <param name="End">The last instant of validity, inclusive; null when open-ended.</param>
public readonly record struct TimeRange(DateTimeOffset Start, DateTimeOffset? End)
{
    /// <summary>True when <paramref name="instant"/> lies within the interval, both ends included.</summary>
    /// <param name="instant">The instant to test.</param>
    public bool Contains(DateTimeOffset instant) => instant >= Start && (End is null || instant <= End.Value);
}
