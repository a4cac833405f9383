namespace TrustCheck.Threading;

/// <summary>
/// A value loaded asynchronously and kept once a load succeeds. Concurrent callers share one in-flight load; a load
/// that fails is forgotten, so the next call starts another (a long-running service recovers from a transient
/// failure instead of repeating it forever); a caller's cancellation ends only its own wait, never the shared load.
/// </summary>
/// <typeparam name="T">The value.</typeparam>
internal sealed class RetryingAsyncLazy<T>
    where T : class
{
    private readonly Func<Task<T>> _load;
    private readonly Lock _gate = new();
    private T? _value;
    private Task<T>? _loading;

    /// <summary>Creates the lazy value.</summary>
    /// <param name="load">
    /// Loads the value. It is given no cancellation token: it belongs to every caller waiting for it, so it must bound
    /// its own time (the HTTP layer's timeouts do).
    /// </param>
    public RetryingAsyncLazy(Func<Task<T>> load)
    {
        ArgumentNullException.ThrowIfNull(load);
        _load = load;
    }

    /// <summary>Gets the value: the kept one, the load in flight, or a new load.</summary>
    /// <param name="cancellationToken">Stops this caller's wait (the load goes on for the others and for later calls).</param>
    /// <returns>The value.</returns>
    public Task<T> GetAsync(CancellationToken cancellationToken)
    {
        Task<T> loading;
        lock (_gate)
        {
            if (_value is { } value)
            {
                return Task.FromResult(value);
            }

            // Task.Run: the load must not start (even its synchronous part) under the lock.
            loading = _loading ??= Task.Run(RunAsync, CancellationToken.None);
        }

        return loading.WaitAsync(cancellationToken);
    }

    private async Task<T> RunAsync()
    {
        try
        {
            var value = await _load().ConfigureAwait(false);
            lock (_gate)
            {
                _value = value;
                _loading = null;
            }

            return value;
        }
        catch
        {
            lock (_gate)
            {
                _loading = null;
            }

            throw;
        }
    }
}
