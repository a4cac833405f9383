namespace TrustCheck.Caching;

/// <summary>
/// One fetch shared by every caller that asks for the same key while it runs. It is cancelled when the last caller
/// stops waiting, so an abandoned lookup does not go on retrying against a service nobody is waiting for.
/// </summary>
internal sealed class SharedFetch : IDisposable
{
    private readonly Lock _gate = new();
    private readonly TaskCompletionSource<CachedResponse> _result = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _cancellation = new();
    private int _waiters;

    public Task<CachedResponse> Task => _result.Task;

    /// <summary>Joins as a waiter; false when the fetch is already being abandoned (start a new one).</summary>
    public bool TryJoin()
    {
        lock (_gate)
        {
            if (_cancellation.IsCancellationRequested)
            {
                return false;
            }

            _waiters++;
            return true;
        }
    }

    /// <summary>Stops waiting; the last waiter to leave an unfinished fetch cancels it.</summary>
    public void Leave()
    {
        lock (_gate)
        {
            _waiters--;
            if (_waiters == 0 && !_result.Task.IsCompleted)
            {
                _cancellation.Cancel();
            }
        }
    }

    /// <summary>Runs the fetch and publishes its outcome to every waiter.</summary>
    public async Task RunAsync(Func<CancellationToken, Task<CachedResponse>> fetch)
    {
        try
        {
            _result.TrySetResult(await fetch(_cancellation.Token).ConfigureAwait(false));
        }
        catch (OperationCanceledException error) when (_cancellation.IsCancellationRequested)
        {
            _result.TrySetCanceled(error.CancellationToken);
        }
        catch (Exception error)
        {
            _result.TrySetException(error);
        }
    }

    public void Dispose() => _cancellation.Dispose();
}
