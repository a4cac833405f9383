namespace TrustCheck.TestKit;

/// <summary>
/// Waits for something that happens in the background (a cache's write-behind, a server's expiry) by polling a
/// condition with a generous bound, so tests assert outcomes rather than timings.
/// </summary>
public static class Eventually
{
    /// <summary>The default bound on the wait.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    /// <summary>Polls <paramref name="condition"/> until it holds, or fails with <paramref name="what"/> after the timeout.</summary>
    /// <param name="what">What is awaited, for the failure message.</param>
    /// <param name="condition">The condition.</param>
    /// <param name="timeout">The bound on the wait; <see cref="DefaultTimeout"/> when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <exception cref="TimeoutException">The condition did not hold in time.</exception>
    public static async Task HoldsAsync(string what, Func<Task<bool>> condition, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var bound = timeout ?? DefaultTimeout;
        var started = TimeProvider.System.GetTimestamp();
        while (!await condition().ConfigureAwait(false))
        {
            if (TimeProvider.System.GetElapsedTime(started) > bound)
            {
                throw new TimeoutException($"Timed out after {bound.TotalSeconds:0.#} s waiting for: {what}.");
            }

            await Task.Delay(PollInterval, cancellationToken).ConfigureAwait(false);
        }
    }
}
