using System.Diagnostics;
using TrustCheck.Diagnostics;
using TrustCheck.Inspection;
using TrustCheck.Reports;

namespace TrustCheck.Engine;

/// <summary>
/// Runs each inspection of <see cref="TrustInspector"/> inside a <c>trustcheck.inspect</c> activity, the parent of
/// its providers' activities, tagged with the number of releases inspected, the policy and the outcome.
/// </summary>
internal sealed class TracedTrustInspector(TrustInspector inner) : ITrustInspector
{
    public async Task<TrustReport> InspectAsync(InspectionRequest request, CancellationToken cancellationToken = default)
    {
        using var activity = TrustCheckDiagnostics.ActivitySource.StartActivity(TrustCheckDiagnostics.InspectActivity, ActivityKind.Internal);
        try
        {
            var report = await inner.InspectAsync(request, cancellationToken).ConfigureAwait(false);
            if (activity is not null)
            {
                activity.SetTag(TrustCheckDiagnostics.Tags.PackageCount, report.Packages.Count);
                activity.SetTag(TrustCheckDiagnostics.Tags.Policy, report.Policy.Name);
                activity.SetTag(TrustCheckDiagnostics.Tags.Outcome, report.Policy.Passed ? "passed" : "failed");
            }

            return report;
        }
        catch (Exception error) when (activity is not null)
        {
            activity.SetTag(TrustCheckDiagnostics.Tags.PackageCount, request?.Packages.Count);
            activity.SetTag(TrustCheckDiagnostics.Tags.Policy, request?.Policy);
            activity.SetTag(TrustCheckDiagnostics.Tags.Outcome, "error");
            activity.SetStatus(ActivityStatusCode.Error, error.GetType().Name);
            throw;
        }
    }
}
