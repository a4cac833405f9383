namespace TrustCheck.Http;

/// <summary>
/// How TrustCheck talks to services: per-host concurrency, timeouts, retries and the circuit breaker. The defaults
/// are polite to PyPI (a few parallel requests per host) and patient with a flaky network.
/// </summary>
public sealed class TrustCheckHttpOptions
{
    /// <summary>
    /// The most requests in flight to one host at a time; more wait in a queue. 32 keeps a 500-package tree from
    /// opening hundreds of connections to PyPI while still hiding latency (uv allows 50 concurrent downloads).
    /// </summary>
    public int MaxConcurrencyPerHost { get; set; } = 32;

    /// <summary>The most requests waiting for one host; beyond it a request fails at once.</summary>
    public int MaxQueuedPerHost { get; set; } = 100_000;

    /// <summary>How long one attempt (headers and body) may take.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>How long a request may take across all its attempts and waits.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How many times a failed attempt is retried (transient statuses, 429, timeouts, broken connections).</summary>
    public int MaxRetries { get; set; } = 4;

    /// <summary>The first retry's delay; later ones grow exponentially, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest wait before a retry, including one a server asks for with <c>Retry-After</c>.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The failure ratio over <see cref="CircuitBreakerSamplingDuration"/> that opens a host's circuit.</summary>
    public double CircuitBreakerFailureRatio { get; set; } = 0.5;

    /// <summary>The fewest requests in the sampling window before the circuit may open.</summary>
    public int CircuitBreakerMinimumThroughput { get; set; } = 20;

    /// <summary>The window over which failures are counted (at least twice <see cref="AttemptTimeout"/>).</summary>
    public TimeSpan CircuitBreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long an open circuit rejects requests before letting one through.</summary>
    public TimeSpan CircuitBreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The most redirects followed for one request.</summary>
    public int MaxRedirects { get; set; } = 5;

    /// <summary>Throws when the options cannot work together.</summary>
    /// <exception cref="InvalidOperationException">An option is out of range.</exception>
    public void Validate()
    {
        Require(MaxConcurrencyPerHost > 0, "MaxConcurrencyPerHost must be positive.");
        Require(MaxQueuedPerHost >= 0, "MaxQueuedPerHost cannot be negative.");
        Require(AttemptTimeout > TimeSpan.Zero, "AttemptTimeout must be positive.");
        Require(TotalTimeout >= AttemptTimeout, "TotalTimeout must be at least AttemptTimeout.");
        Require(MaxRetries >= 0, "MaxRetries cannot be negative.");
        Require(RetryBaseDelay >= TimeSpan.Zero && MaxRetryDelay >= RetryBaseDelay, "Retry delays must satisfy 0 <= RetryBaseDelay <= MaxRetryDelay.");
        Require(CircuitBreakerFailureRatio is > 0 and <= 1, "CircuitBreakerFailureRatio must be in (0, 1].");
        Require(CircuitBreakerMinimumThroughput >= 2, "CircuitBreakerMinimumThroughput must be at least 2.");
        Require(CircuitBreakerSamplingDuration >= 2 * AttemptTimeout, "CircuitBreakerSamplingDuration must be at least twice AttemptTimeout.");
        Require(CircuitBreakerBreakDuration >= TimeSpan.FromMilliseconds(500), "CircuitBreakerBreakDuration must be at least 500 ms.");
        Require(MaxRedirects >= 0, "MaxRedirects cannot be negative.");
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException("TrustCheck HTTP options: " + message);
        }
    }
}
