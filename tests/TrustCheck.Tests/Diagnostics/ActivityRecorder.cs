using System.Collections.Concurrent;
using System.Diagnostics;
using TrustCheck.Diagnostics;

namespace TrustCheck.Tests.Diagnostics;

/// <summary>
/// Records TrustCheck's activities that belong to one trace: the test's own root activity, started here, so activities
/// of tests running in parallel in this process are never mixed in.
/// </summary>
internal sealed class ActivityRecorder : IDisposable
{
    private const string TestSourceName = "TrustCheck.Tests.Diagnostics";

    private static readonly ActivitySource TestSource = new(TestSourceName);

    private readonly ActivityListener _listener;
    private readonly ConcurrentQueue<Activity> _stopped = new();
    private readonly Activity? _root;

    public ActivityRecorder()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is TrustCheckDiagnostics.Name or TestSourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (_root is { } root && activity.TraceId == root.TraceId && activity.Source.Name == TrustCheckDiagnostics.Name)
                {
                    _stopped.Enqueue(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(_listener);
        _root = TestSource.StartActivity("test")!;
    }

    /// <summary>The test's root activity: TrustCheck's activities started under it are recorded.</summary>
    public Activity Root => _root!;

    public IReadOnlyList<Activity> Stopped(string name) => [.. _stopped.Where(a => a.OperationName == name)];

    public void Dispose()
    {
        Root.Dispose();
        _listener.Dispose();
    }
}
