using TrustCheck.Sources;
using TrustCheck.Threading;

namespace TrustCheck.Typosquatting;

/// <summary>
/// The detector for the latest set of trusted names, built on first use and kept: every package of an inspection (and
/// every inspection of a long-running host with the same trusted names) shares the index instead of rebuilding it;
/// only one index is held, whatever callers ask for. A failure to obtain the corpus is not kept; the next call tries
/// again (<see cref="RetryingAsyncLazy{T}"/>).
/// </summary>
internal sealed class TyposquatDetectorCache(IPopularPackagesSource popular)
{
    private readonly Lock _gate = new();
    private (string Key, RetryingAsyncLazy<TyposquatDetector> Detector)? _current;

    public Task<TyposquatDetector> GetAsync(IReadOnlyList<string> trustedNames, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(trustedNames);
        var key = string.Join('\n', trustedNames.Order(StringComparer.Ordinal));
        RetryingAsyncLazy<TyposquatDetector> detector;
        lock (_gate)
        {
            if (_current is not { } current || current.Key != key)
            {
                string[] names = [.. trustedNames];
                _current = current = (key, new RetryingAsyncLazy<TyposquatDetector>(() => BuildAsync(names)));
            }

            detector = current.Detector;
        }

        return detector.GetAsync(cancellationToken);
    }

    /// <summary>
    /// Starts the build for these trusted names and returns at once. A failure is only observed here; the next
    /// <see cref="GetAsync"/> meets it by trying again (or joins the build still in flight).
    /// </summary>
    /// <param name="trustedNames">Names the user trusts.</param>
    public void Prefetch(IReadOnlyList<string> trustedNames) =>
        _ = GetAsync(trustedNames, CancellationToken.None).ContinueWith(
            static build => _ = build.Exception,
            CancellationToken.None,
            TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);

    private async Task<TyposquatDetector> BuildAsync(IReadOnlyList<string> trustedNames)
    {
        // Not tied to one caller's cancellation: other callers may be waiting on the same build.
        var corpus = await popular.GetAsync(CancellationToken.None).ConfigureAwait(false);
        return new TyposquatDetector(PopularNameIndex.Build(corpus, trustedNames));
    }
}
