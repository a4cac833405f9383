using System.Globalization;
using TrustCheck.Evidence.Release;
using TrustCheck.Findings;

namespace TrustCheck.Providers.Drift;

/// <summary>
/// TC5008: a burst of releases: at least <see cref="BurstSize"/> releases (this one included, yanked ones too) uploaded
/// within the <see cref="Window"/> ending at this release. Attackers with a stolen token often push several versions
/// quickly so that every pin range picks one up.
/// </summary>
internal static class ReleaseBurstCheck
{
    /// <summary>How many releases make a burst.</summary>
    public const int BurstSize = 5;

    /// <summary>The window that ends at this release's upload.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromHours(24);

    /// <summary>The finding, when there is one.</summary>
    /// <param name="evidence">The release's evidence.</param>
    /// <returns>The findings.</returns>
    public static IEnumerable<Finding> Evaluate(ReleaseEvidence evidence)
    {
        if (ReleaseTimeline.UploadTimeOf(evidence) is not { } uploaded)
        {
            yield break;
        }

        var start = uploaded - Window;
        var earlier = evidence.History
            .Where(h => h.UploadTime is { } time && time >= start && time <= uploaded && h.Version != evidence.Version)
            .OrderBy(h => h.UploadTime)
            .ToList();
        var count = earlier.Count + 1;
        if (count < BurstSize)
        {
            yield break;
        }

        var versions = earlier.Select(h => h.Version).Append(evidence.Version).ToList();
        yield return new Finding
        {
            Code = PublisherDriftCodes.ReleaseBurst,
            Severity = Severity.Low,
            Message = $"{count.ToString(CultureInfo.InvariantCulture)} releases were uploaded within 24 hours ending at {evidence.Version}: " +
                      $"{string.Join(", ", versions)}.",
            Evidence = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["releases.count"] = count.ToString(CultureInfo.InvariantCulture),
                ["releases.versions"] = string.Join(", ", versions),
                ["window.start"] = start.ToString("O", CultureInfo.InvariantCulture),
                ["window.end"] = uploaded.ToString("O", CultureInfo.InvariantCulture),
            },
            Remediation = "Bursts are usually a botched release being fixed, sometimes a compromised token. Read the changelog; " +
                          "prefer a version that has been public for a while.",
        };
    }
}
