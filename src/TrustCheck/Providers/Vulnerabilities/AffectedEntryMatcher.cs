using TrustCheck.Evidence.Vulnerabilities;
using TrustCheck.Packaging;

namespace TrustCheck.Providers.Vulnerabilities;

/// <summary>
/// Decides whether one OSV <c>affected</c> entry covers a PyPI release (OSV schema, "Evaluation"): the entry must be
/// for the ecosystem <c>PyPI</c> (case-sensitive) and the same PEP 503 name; then the release is covered when the
/// entry lists no versions and no ranges (the whole package), when an <c>ECOSYSTEM</c> range contains it, or when
/// <c>versions[]</c> lists it. <c>GIT</c> and <c>SEMVER</c> ranges say nothing about PyPI versions and are ignored.
/// </summary>
internal static class AffectedEntryMatcher
{
    /// <summary>The ecosystem name OSV uses for PyPI.</summary>
    public const string PyPiEcosystem = "PyPI";

    /// <summary>Whether an entry is about a PyPI project.</summary>
    /// <param name="entry">The entry.</param>
    /// <param name="name">The project.</param>
    /// <returns>True for the same ecosystem and normalized name.</returns>
    public static bool IsFor(OsvAffected entry, PackageName name)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return string.Equals(entry.Package.Ecosystem, PyPiEcosystem, StringComparison.Ordinal)
            && string.Equals(PackageName.Normalize(entry.Package.Name), name.Normalized, StringComparison.Ordinal);
    }

    /// <summary>Whether an entry (already known to be for the project) covers a release.</summary>
    /// <param name="entry">The entry.</param>
    /// <param name="release">The release's version.</param>
    /// <returns>How it is covered, or null when it is not.</returns>
    public static AffectedMatch? Match(OsvAffected entry, ReleaseVersion release)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(release);
        if (entry.Versions.Count == 0 && entry.Ranges.Count == 0)
        {
            return new AffectedMatch(AffectedMatchKind.WholePackage);
        }

        if (release.Parsed is { } version)
        {
            foreach (var range in entry.Ranges.Select(EcosystemRange.From).OfType<EcosystemRange>())
            {
                if (range.IntervalContaining(version) is { } interval)
                {
                    return new AffectedMatch(AffectedMatchKind.Range, interval, range.IsConservative);
                }
            }
        }

        return entry.Versions.Any(release.IsSameAs) ? new AffectedMatch(AffectedMatchKind.ListedVersion) : null;
    }
}
