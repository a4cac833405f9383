using System.Globalization;
using TrustCheck.Evidence.Release;
using TrustCheck.Findings;

namespace TrustCheck.Providers.Drift;

/// <summary>
/// TC5007: a release after long dormancy: more than <see cref="DormantYears"/> years between this release's upload and
/// the previous non-yanked release's. Revived projects are a common takeover pattern (expired maintainer domains,
/// handed-over names).
/// </summary>
internal static class DormancyCheck
{
    /// <summary>The gap, in years, beyond which a project counts as having been dormant.</summary>
    public const int DormantYears = 2;

    /// <summary>The finding, when there is one.</summary>
    /// <param name="evidence">The release's evidence.</param>
    /// <returns>The findings.</returns>
    public static IEnumerable<Finding> Evaluate(ReleaseEvidence evidence)
    {
        if (ReleaseTimeline.UploadTimeOf(evidence) is not { } uploaded)
        {
            yield break;
        }

        var previous = evidence.History
            .Where(h => !h.Yanked && h.UploadTime is { } time && time < uploaded)
            .MaxBy(h => h.UploadTime);
        if (previous?.UploadTime is not { } previousUpload || previousUpload.AddYears(DormantYears) >= uploaded)
        {
            yield break;
        }

        var days = (int)(uploaded - previousUpload).TotalDays;
        yield return new Finding
        {
            Code = PublisherDriftCodes.ReleaseAfterDormancy,
            Severity = Severity.Medium,
            Message = $"{evidence.Version} was released {days.ToString(CultureInfo.InvariantCulture)} days after the previous release " +
                      $"{previous.Version}: the project was dormant for more than {DormantYears.ToString(CultureInfo.InvariantCulture)} years.",
            Evidence = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["current.version"] = evidence.Version,
                ["current.uploadTime"] = uploaded.ToString("O", CultureInfo.InvariantCulture),
                ["previous.version"] = previous.Version,
                ["previous.uploadTime"] = previousUpload.ToString("O", CultureInfo.InvariantCulture),
                ["gap.days"] = days.ToString(CultureInfo.InvariantCulture),
            },
            Remediation = "Check that the people behind the revival are the project's known maintainers (ownership, publisher, " +
                          "changelog) before upgrading.",
        };
    }
}
