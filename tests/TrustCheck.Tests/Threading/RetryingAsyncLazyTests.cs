using TrustCheck.Threading;

namespace TrustCheck.Tests.Threading;

public sealed class RetryingAsyncLazyTests
{
    [Fact]
    public async Task GetAsync_ConcurrentCallers_ShareOneLoad()
    {
        var loads = 0;
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var lazy = new RetryingAsyncLazy<string>(async () =>
        {
            Interlocked.Increment(ref loads);
            await release.Task;
            return "root";
        });

        var callers = Enumerable.Range(0, 8).Select(_ => lazy.GetAsync(CancellationToken.None)).ToList();
        release.SetResult();
        var values = await Task.WhenAll(callers);

        Assert.All(values, v => Assert.Equal("root", v));
        Assert.Equal(1, loads);
    }

    [Fact]
    public async Task GetAsync_LoadFailed_NextCallLoadsAgainAndKeepsTheSuccess()
    {
        var loads = 0;
        var lazy = new RetryingAsyncLazy<string>(() => Interlocked.Increment(ref loads) == 1
            ? Task.FromException<string>(new InvalidOperationException("transient"))
            : Task.FromResult("root"));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => lazy.GetAsync(CancellationToken.None));
        var second = await lazy.GetAsync(CancellationToken.None);
        var third = await lazy.GetAsync(CancellationToken.None);

        Assert.Equal("transient", error.Message);
        Assert.Equal("root", second);
        Assert.Same(second, third);
        Assert.Equal(2, loads);
    }

    [Fact]
    public async Task GetAsync_OneCallerCancelled_TheSharedLoadGoesOnForTheOthers()
    {
        var loads = 0;
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var lazy = new RetryingAsyncLazy<string>(async () =>
        {
            Interlocked.Increment(ref loads);
            await release.Task;
            return "root";
        });
        using var cancellation = new CancellationTokenSource();

        var cancelled = lazy.GetAsync(cancellation.Token);
        var waiting = lazy.GetAsync(CancellationToken.None);
        await cancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        release.SetResult();

        Assert.Equal("root", await waiting);
        Assert.Equal("root", await lazy.GetAsync(CancellationToken.None));
        Assert.Equal(1, loads);
    }

    [Fact]
    public async Task GetAsync_LoadCancelsItself_IsAFailureRetriedOnTheNextCall()
    {
        var loads = 0;
        var lazy = new RetryingAsyncLazy<string>(() => Interlocked.Increment(ref loads) == 1
            ? Task.FromCanceled<string>(new CancellationToken(canceled: true))
            : Task.FromResult("root"));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => lazy.GetAsync(CancellationToken.None));

        Assert.Equal("root", await lazy.GetAsync(CancellationToken.None));
    }
}
