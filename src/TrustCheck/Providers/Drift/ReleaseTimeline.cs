using TrustCheck.Evidence.Release;

namespace TrustCheck.Providers.Drift;

/// <summary>When releases were uploaded, from the evidence files and the history.</summary>
internal static class ReleaseTimeline
{
    /// <summary>When this release was uploaded: its first file's upload time (evidence files, else the JSON API's files).</summary>
    /// <param name="evidence">The release's evidence.</param>
    /// <returns>The time, or null when no file carries one.</returns>
    public static DateTimeOffset? UploadTimeOf(ReleaseEvidence evidence) =>
        evidence.Files.Select(f => f.UploadTime).Min() ?? evidence.Release.Files.Select(f => f.UploadTime).Min();

    /// <summary>The nearest earlier release whose provenance was looked up, not yanked.</summary>
    /// <param name="evidence">The release's evidence.</param>
    /// <returns>The entry, or null.</returns>
    public static ReleaseHistoryEntry? NearestChecked(ReleaseEvidence evidence) =>
        evidence.History.FirstOrDefault(h => h is { ProvenanceChecked: true, Yanked: false });

    /// <summary>The nearest earlier release, not yanked, whose provenance was looked up and has a verified file.</summary>
    /// <param name="evidence">The release's evidence.</param>
    /// <returns>The entry, or null.</returns>
    public static ReleaseHistoryEntry? NearestAttested(ReleaseEvidence evidence) =>
        evidence.History.FirstOrDefault(h => h is { ProvenanceChecked: true, Yanked: false }
                                             && h.Files.Any(f => f.Provenance.Outcome == ProvenanceOutcome.Verified));
}
