using System.ComponentModel.DataAnnotations;
using TrustCheck.Configuration;

namespace TrustCheck.Http;

/// <summary>
/// How TrustCheck talks to services: per-host concurrency, timeouts, retries and the circuit breaker. The defaults
/// are polite to PyPI (a few parallel requests per host) and patient with a flaky network. Validated when the
/// container is built (<see cref="TrustCheckHttpOptionsValidator"/>): a bad value is an <c>OptionsValidationException</c>
/// naming the option and the value.
/// </summary>
public sealed class TrustCheckHttpOptions : IValidatableObject
{
    /// <summary>
    /// The most requests in flight to one host at a time; more wait in a queue. 32 keeps a 500-package tree from
    /// opening hundreds of connections to PyPI while still hiding latency (uv allows 50 concurrent downloads).
    /// </summary>
    [ValueRange(1, int.MaxValue, ErrorMessage = "{0} must be positive.")]
    public int MaxConcurrencyPerHost { get; set; } = 32;

    /// <summary>The most requests waiting for one host; beyond it a request fails at once.</summary>
    [ValueRange(0, int.MaxValue, ErrorMessage = "{0} cannot be negative.")]
    public int MaxQueuedPerHost { get; set; } = 100_000;

    /// <summary>How long one attempt (headers and body) may take.</summary>
    [ValueRange(typeof(TimeSpan), "00:00:00.0000001", "10675199.02:48:05.4775807", ErrorMessage = "{0} must be positive.")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>How long a request may take across all its attempts and waits (at least <see cref="AttemptTimeout"/>).</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How many times a failed attempt is retried (transient statuses, 429, timeouts, broken connections).</summary>
    [ValueRange(0, int.MaxValue, ErrorMessage = "{0} cannot be negative.")]
    public int MaxRetries { get; set; } = 4;

    /// <summary>The first retry's delay; later ones grow exponentially, with jitter.</summary>
    [ValueRange(typeof(TimeSpan), "00:00:00", "10675199.02:48:05.4775807", ErrorMessage = "{0} cannot be negative.")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest wait before a retry, including one a server asks for with <c>Retry-After</c> (at least <see cref="RetryBaseDelay"/>).</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The failure ratio over <see cref="CircuitBreakerSamplingDuration"/> that opens a host's circuit.</summary>
    [ValueRange(0.0, 1.0, MinimumIsExclusive = true, ErrorMessage = "{0} must be in (0, 1].")]
    public double CircuitBreakerFailureRatio { get; set; } = 0.5;

    /// <summary>The fewest requests in the sampling window before the circuit may open.</summary>
    [ValueRange(2, int.MaxValue, ErrorMessage = "{0} must be at least 2.")]
    public int CircuitBreakerMinimumThroughput { get; set; } = 20;

    /// <summary>The window over which failures are counted (at least twice <see cref="AttemptTimeout"/>).</summary>
    public TimeSpan CircuitBreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long an open circuit rejects requests before letting one through.</summary>
    [ValueRange(typeof(TimeSpan), "00:00:00.5", "10675199.02:48:05.4775807", ErrorMessage = "{0} must be at least 500 ms.")]
    public TimeSpan CircuitBreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The most redirects followed for one request.</summary>
    [ValueRange(0, int.MaxValue, ErrorMessage = "{0} cannot be negative.")]
    public int MaxRedirects { get; set; } = 5;

    /// <summary>The rules that tie options together.</summary>
    /// <param name="validationContext">The context.</param>
    /// <returns>One complaint per broken rule.</returns>
    IEnumerable<ValidationResult> IValidatableObject.Validate(ValidationContext validationContext)
    {
        if (TotalTimeout < AttemptTimeout)
        {
            yield return new ValidationResult(
                $"TotalTimeout must be at least AttemptTimeout. It is {ValueRangeAttribute.Show(TotalTimeout)} (AttemptTimeout {ValueRangeAttribute.Show(AttemptTimeout)}).",
                [nameof(TotalTimeout)]);
        }

        if (MaxRetryDelay < RetryBaseDelay)
        {
            yield return new ValidationResult(
                $"MaxRetryDelay must be at least RetryBaseDelay. It is {ValueRangeAttribute.Show(MaxRetryDelay)} (RetryBaseDelay {ValueRangeAttribute.Show(RetryBaseDelay)}).",
                [nameof(MaxRetryDelay)]);
        }

        if (CircuitBreakerSamplingDuration < 2 * AttemptTimeout)
        {
            yield return new ValidationResult(
                $"CircuitBreakerSamplingDuration must be at least twice AttemptTimeout. It is {ValueRangeAttribute.Show(CircuitBreakerSamplingDuration)} (AttemptTimeout {ValueRangeAttribute.Show(AttemptTimeout)}).",
                [nameof(CircuitBreakerSamplingDuration)]);
        }
    }
}
