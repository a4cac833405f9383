namespace TrustCheck.Http;

/// <summary>
/// How many attempts the resilience pipeline made for one request: set on the request outside the pipeline by
/// <see cref="RequestTelemetryHandler"/>, counted inside it by <see cref="AttemptCountingHandler"/>.
/// </summary>
internal sealed class AttemptCount
{
    /// <summary>The request option holding the count.</summary>
    public static HttpRequestOptionsKey<AttemptCount> Key { get; } = new("TrustCheck.AttemptCount");

    private int _attempts;

    /// <summary>The attempts so far.</summary>
    public int Attempts => Volatile.Read(ref _attempts);

    /// <summary>The retries so far (attempts after the first).</summary>
    public int Retries => Math.Max(0, Attempts - 1);

    /// <summary>Counts one attempt.</summary>
    public void Add() => Interlocked.Increment(ref _attempts);
}
