using TrustCheck.Packaging;

namespace TrustCheck.Providers.Vulnerabilities;

/// <summary>
/// Finds the release to upgrade to: the lowest version that a record names as fixing the vulnerability, that is
/// higher than the inspected release, and that no live range or version list still marks as affected. Because the
/// interval containing the release ends at its own line's fix, that is the fix on the same release line whenever the
/// line has one (urllib3 1.24.1 with [0, 1.26.17) and [2.0.0, 2.0.6) gets 1.26.17, not 2.0.6); a later line's fix is
/// suggested only when the release's own line has none. OSV <c>fixed</c> events are the candidates; PyPI's
/// <c>fixed_in</c> list is used when no OSV event gives one.
/// </summary>
internal static class FixVersionAdvisor
{
    /// <summary>The nearest safe fix.</summary>
    /// <param name="verdict">The verdict of an affecting vulnerability.</param>
    /// <param name="release">The inspected version.</param>
    /// <returns>The fix as the record writes it, or null when none is known (or the release version is not PEP 440).</returns>
    public static string? NearestFix(VulnerabilityVerdict verdict, ReleaseVersion release)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        ArgumentNullException.ThrowIfNull(release);
        if (release.Parsed is not { } current || verdict.Entries.Any(e => e.Versions.Count == 0 && e.Ranges.Count == 0))
        {
            return null;
        }

        var ranges = verdict.Entries.SelectMany(e => e.Ranges).Select(EcosystemRange.From).OfType<EcosystemRange>().ToList();
        var listed = verdict.Entries.SelectMany(e => e.Versions).ToList();
        bool IsSafe(PythonVersion candidate) =>
            !ranges.Any(r => r.IntervalContaining(candidate) is not null)
            && !listed.Any(v => PythonVersion.TryParse(v, out var parsed) && parsed == candidate);

        var fromOsv = ranges.SelectMany(r => r.Intervals)
            .Where(i => i.Fixed is not null)
            .Select(i => (Version: i.Fixed!, Text: i.FixedText!));
        var fromPyPi = verdict.LivePyPiRecords.SelectMany(r => r.FixedIn)
            .Select(text => (Parsed: PythonVersion.TryParse(text, out var parsed) ? parsed : null, Text: text))
            .Where(c => c.Parsed is not null)
            .Select(c => (Version: c.Parsed!, c.Text));
        return Nearest(fromOsv, current, IsSafe) ?? Nearest(fromPyPi, current, IsSafe);
    }

    private static string? Nearest(IEnumerable<(PythonVersion Version, string Text)> candidates, PythonVersion current, Func<PythonVersion, bool> isSafe) =>
        candidates.Where(c => c.Version > current)
            .OrderBy(c => c.Version)
            .Where(c => isSafe(c.Version))
            .Select(c => c.Text)
            .FirstOrDefault();
}
