using TrustCheck.Evidence.PyPi;
using TrustCheck.Packaging;

namespace TrustCheck.Dependencies;

/// <summary>
/// The releases of one project a version may be chosen from, for one target interpreter, plus the versions whose
/// release document turned out to exclude the target. Not thread-safe: one selection per project runs at a time.
/// </summary>
internal sealed class ProjectCandidates
{
    private readonly IReadOnlyList<ReleaseCandidate> _all;
    private readonly HashSet<string> _rejected = new(StringComparer.Ordinal);

    private ProjectCandidates(IReadOnlyList<ReleaseCandidate> all) => _all = all;

    /// <summary>The candidates of a project document; versions that are not PEP 440 are left out.</summary>
    /// <param name="project">The project document.</param>
    /// <param name="python">The target interpreter.</param>
    public static ProjectCandidates From(PyPiProject project, PythonVersion python)
    {
        ArgumentNullException.ThrowIfNull(project);
        var all = project.Releases
            .Select(r => ReleaseCandidate.From(r.Key, r.Value, python))
            .OfType<ReleaseCandidate>()
            .OrderBy(c => c.Version)
            .ThenBy(c => c.Text, StringComparer.Ordinal)
            .ToList();
        return new ProjectCandidates(all);
    }

    /// <summary>
    /// The highest usable release that satisfies <paramref name="specifier"/>, pre-releases only as PEP 440 allows
    /// (the specifier names one, or no final release matches); <paramref name="preferred"/> instead when it is among them.
    /// </summary>
    /// <param name="specifier">The combined requirement.</param>
    /// <param name="preferred">A version to keep when it still matches.</param>
    public ReleaseCandidate? Best(VersionSpecifierSet specifier, string? preferred = null)
    {
        ArgumentNullException.ThrowIfNull(specifier);
        var matches = specifier.Filter(_all.Where(c => c.IsUsable && !_rejected.Contains(c.Text)), c => c.Candidate).ToList();
        return matches.Find(c => string.Equals(c.Text, preferred, StringComparison.Ordinal)) ?? matches.MaxBy(c => c.Version);
    }

    /// <summary>Excludes a version for good: its release document says it is yanked, excludes the target, or is missing.</summary>
    /// <param name="version">The version as <see cref="ReleaseCandidate.Text"/> spells it.</param>
    public void Reject(string version) => _rejected.Add(version);

    /// <summary>Why <see cref="Best"/> finds nothing for a specifier: the first filter that leaves no release.</summary>
    /// <param name="specifier">The requirement.</param>
    public NoMatchReason Diagnose(VersionSpecifierSet specifier)
    {
        ArgumentNullException.ThrowIfNull(specifier);
        if (_all.Count == 0)
        {
            return NoMatchReason.NoReleases;
        }

        var inRange = specifier.Filter(_all, c => c.Candidate, prereleases: true).ToList();
        if (inRange.Count == 0)
        {
            return NoMatchReason.NoVersionInRange;
        }

        var withFiles = inRange.Where(c => c.HasFiles).ToList();
        if (withFiles.Count == 0)
        {
            return NoMatchReason.NoFiles;
        }

        return withFiles.TrueForAll(c => c.Yanked) ? NoMatchReason.OnlyYanked : NoMatchReason.RequiresPython;
    }
}
