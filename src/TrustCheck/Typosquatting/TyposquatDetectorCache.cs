using TrustCheck.Sources;

namespace TrustCheck.Typosquatting;

/// <summary>
/// One detector per corpus and set of trusted names, built on first use and kept: every package of an inspection
/// (and every inspection of a long-running host) shares the index instead of rebuilding it. A failure to obtain the
/// corpus is not kept; the next call tries again.
/// </summary>
internal sealed class TyposquatDetectorCache(IPopularPackagesSource popular)
{
    private readonly Lock _gate = new();
    private (string Key, Task<TyposquatDetector> Detector)? _current;

    public Task<TyposquatDetector> GetAsync(IReadOnlyList<string> trustedNames, CancellationToken cancellationToken)
    {
        var key = string.Join('\n', trustedNames.Order(StringComparer.Ordinal));
        lock (_gate)
        {
            if (_current is { } current && current.Key == key && !current.Detector.IsFaulted && !current.Detector.IsCanceled)
            {
                return current.Detector.WaitAsync(cancellationToken);
            }

            var build = BuildAsync(trustedNames);
            _current = (key, build);
            return build.WaitAsync(cancellationToken);
        }
    }

    private async Task<TyposquatDetector> BuildAsync(IReadOnlyList<string> trustedNames)
    {
        // Not tied to one caller's cancellation: other callers may be waiting on the same build.
        var corpus = await popular.GetAsync(CancellationToken.None).ConfigureAwait(false);
        return new TyposquatDetector(PopularNameIndex.Build(corpus, trustedNames));
    }
}
