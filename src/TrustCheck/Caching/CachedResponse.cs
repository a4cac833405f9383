namespace TrustCheck.Caching;

/// <summary>A kept answer: its body and what is needed to judge and renew its freshness.</summary>
internal sealed record CachedResponse
{
    /// <summary>What a cache lookup that must not store anything answers for "not there" (status 0).</summary>
    public static CachedResponse Missing { get; } = new() { Status = 0, Body = [], FetchedAt = DateTimeOffset.MinValue, FreshFor = TimeSpan.Zero };

    /// <summary>200 or 404 (0 for <see cref="Missing"/>).</summary>
    public required int Status { get; init; }

    public required byte[] Body { get; init; }

    public string? ContentType { get; init; }

    public string? ETag { get; init; }

    /// <summary>When the service last confirmed the answer.</summary>
    public required DateTimeOffset FetchedAt { get; init; }

    /// <summary>How long after <see cref="FetchedAt"/> the answer is fresh.</summary>
    public required TimeSpan FreshFor { get; init; }

    public bool IsFound => Status == 200;

    public bool IsFresh(DateTimeOffset now) => now - FetchedAt < FreshFor && now >= FetchedAt;
}
