using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using TrustCheck.Inspection;
using TrustCheck.Reporting;
using TrustCheck.Reports;
using TrustCheck.Sources;

namespace TrustCheck.Tests.Resilience;

/// <summary>
/// Runs inspections concurrently under an overall time limit and sorts every outcome: the baseline report, a report
/// whose differences come with indeterminate signals naming the upstream, a typed upstream error, or a problem.
/// Samples the managed heap while it runs.
/// </summary>
internal sealed class LoadRun
{
    private readonly ConcurrentBag<string> _problems = [];
    private readonly ConcurrentDictionary<string, int> _errors = new(StringComparer.Ordinal);
    private int _correct;
    private int _degraded;
    private int _failed;

    public int Correct => _correct;

    /// <summary>Reports that differ from the baseline only as far as signals say an upstream failed.</summary>
    public int Degraded => _degraded;

    /// <summary>Inspections that ended with a typed upstream error (<see cref="EvidenceSourceException"/>).</summary>
    public int UpstreamErrors => _failed;

    public IReadOnlyCollection<string> Problems => _problems;

    public IReadOnlyDictionary<string, int> ErrorKinds => _errors;

    public TimeSpan Elapsed { get; private set; }

    /// <summary>
    /// The most the managed heap grew during the run, above what it held live when the run started (after a full
    /// collection): the test assembly's earlier tests leave live caches and garbage in the same process, which are
    /// not the inspections' memory.
    /// </summary>
    public long PeakManagedBytes { get; private set; }

    private long _heapAtStart;

    /// <summary>Inspects <paramref name="sequence"/> (indices into <see cref="LoadWorkload.Distinct"/>), <paramref name="concurrency"/> at a time.</summary>
    public static async Task<LoadRun> RunAsync(
        ITrustInspector inspector,
        IReadOnlyList<int> sequence,
        IReadOnlyList<string> baseline,
        Uri upstream,
        int concurrency,
        TimeSpan limit)
    {
        var run = new LoadRun();
        using var deadline = new CancellationTokenSource(limit);
        using var sampling = new CancellationTokenSource();
        var sampler = run.SampleMemoryAsync(sampling.Token);
        var started = Stopwatch.StartNew();
        using var gate = new SemaphoreSlim(concurrency);
        var inspections = sequence.Select(async index =>
        {
            await gate.WaitAsync(deadline.Token);
            try
            {
                await run.InspectOneAsync(inspector, index, baseline[index], upstream, deadline.Token);
            }
            finally
            {
                gate.Release();
            }
        });
        try
        {
            await Task.WhenAll(inspections).WaitAsync(limit + TimeSpan.FromSeconds(30));
        }
        catch (Exception error) when (error is TimeoutException or OperationCanceledException)
        {
            run._problems.Add($"Not finished within {limit}: deadlock or starvation ({error.GetType().Name}).");
        }

        run.Elapsed = started.Elapsed;
        await sampling.CancelAsync();
        await sampler;
        return run;
    }

    /// <summary>One line of figures for the test output.</summary>
    public string Summary(string title, int requests, int faults) => string.Create(
        CultureInfo.InvariantCulture,
        $"{title}: {Correct + Degraded + UpstreamErrors} inspections in {Elapsed.TotalSeconds:0.0} s — {Correct} equal to the baseline, {Degraded} degraded with the upstream named, {UpstreamErrors} upstream errors ({string.Join(", ", ErrorKinds.OrderBy(e => e.Key).Select(e => $"{e.Key} {e.Value}"))}); {requests} requests, {faults} faulted; peak managed heap growth {PeakManagedBytes / (1024.0 * 1024):0} MB, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024):0} MB");

    /// <summary>The report as compared with the baseline: its JSON.</summary>
    public static string Canonical(TrustReport report) => Encoding.UTF8.GetString(TrustReportJson.Serialize(report));

    private async Task InspectOneAsync(ITrustInspector inspector, int index, string expected, Uri upstream, CancellationToken cancellationToken)
    {
        var request = LoadWorkload.Distinct[index];
        var what = string.Join(" ", request.Packages.Select(p => $"{p.Name}=={p.Version}")) + $" ({request.Dependencies})";
        try
        {
            var report = await inspector.InspectAsync(request, cancellationToken);
            var json = Canonical(report);
            if (json == expected)
            {
                Interlocked.Increment(ref _correct);
            }
            else if (report.Packages.SelectMany(p => p.Signals).Any(s => s.Status == "indeterminate" && s.Error is { } error && error.Contains(upstream.Authority, StringComparison.Ordinal)))
            {
                Interlocked.Increment(ref _degraded);
                if (report.Packages.SelectMany(p => p.Files).Any(f => f.Provenance.Status == "verified") && !expected.Contains("\"verified\"", StringComparison.Ordinal))
                {
                    _problems.Add($"{what}: a degraded report claims verified provenance the baseline does not have.");
                }
            }
            else
            {
                _problems.Add($"{what}: the report differs from the baseline and no signal names an upstream failure.{Environment.NewLine}{Difference(expected, json)}");
            }
        }
        catch (EvidenceSourceException error) when (error.Url.Contains(upstream.Authority, StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _failed);
            _errors.AddOrUpdate(error.Kind.ToString(), 1, static (_, n) => n + 1);
        }
        catch (Exception error) when (!cancellationToken.IsCancellationRequested)
        {
            _problems.Add($"{what}: {error.GetType().Name}: {error.Message}");
        }
    }

    private static string Difference(string expected, string actual)
    {
        var at = 0;
        while (at < expected.Length && at < actual.Length && expected[at] == actual[at])
        {
            at++;
        }

        var from = Math.Max(0, at - 200);
        return $"baseline: …{expected[from..Math.Min(expected.Length, at + 200)]}…{Environment.NewLine}actual:   …{actual[from..Math.Min(actual.Length, at + 200)]}…";
    }

    private async Task SampleMemoryAsync(CancellationToken cancellationToken)
    {
        _heapAtStart = GC.GetTotalMemory(forceFullCollection: true);
        try
        {
            while (true)
            {
                PeakManagedBytes = Math.Max(PeakManagedBytes, GC.GetTotalMemory(forceFullCollection: false) - _heapAtStart);
                await Task.Delay(TimeSpan.FromMilliseconds(50), cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            PeakManagedBytes = Math.Max(PeakManagedBytes, GC.GetTotalMemory(forceFullCollection: false) - _heapAtStart);
        }
    }
}
