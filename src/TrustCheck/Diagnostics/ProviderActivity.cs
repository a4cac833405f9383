using System.Diagnostics;
using TrustCheck.Signals;

namespace TrustCheck.Diagnostics;

/// <summary>The <c>trustcheck.provider</c> activity around one provider's run on one release.</summary>
internal static class ProviderActivity
{
    /// <summary>Starts the activity (null when nobody listens), a child of the current one (the inspection's).</summary>
    public static Activity? Start(string provider, SignalContext context)
    {
        var activity = TrustCheckDiagnostics.ActivitySource.StartActivity(TrustCheckDiagnostics.ProviderActivity, ActivityKind.Internal);
        activity?.SetTag(TrustCheckDiagnostics.Tags.Provider, provider);
        activity?.SetTag(TrustCheckDiagnostics.Tags.Package, $"{context.Evidence.Name.Normalized}=={context.Evidence.Version}");
        return activity;
    }

    /// <summary>Awaits the run and tags the activity with its status: <c>completed</c>, <c>indeterminate</c> or <c>cancelled</c>.</summary>
    public static async Task<Signal> TraceAsync(Activity? activity, Task<Signal> run)
    {
        try
        {
            var signal = await run.ConfigureAwait(false);
            activity?.SetTag(TrustCheckDiagnostics.Tags.Status, signal.Status switch { SignalStatus.Completed => "completed", SignalStatus.Skipped => "skipped", _ => "indeterminate" });
            if (signal.Status == SignalStatus.Indeterminate)
            {
                activity?.SetStatus(ActivityStatusCode.Error, signal.Error);
            }

            return signal;
        }
        catch (OperationCanceledException)
        {
            activity?.SetTag(TrustCheckDiagnostics.Tags.Status, "cancelled");
            throw;
        }
    }
}
