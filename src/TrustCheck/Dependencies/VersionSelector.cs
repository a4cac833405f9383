using TrustCheck.Packaging;

namespace TrustCheck.Dependencies;

/// <summary>
/// Chooses a project's version for the requirements known on it: the highest usable release satisfying all of them;
/// when none does, the highest satisfying the first requirement that some release meets (the conflict is reported
/// later). A candidate whose release document is yanked, excludes the target Python or is missing is rejected and the
/// next one tried.
/// </summary>
internal sealed class VersionSelector(MetadataCache metadata, PythonVersion python)
{
    /// <summary>Chooses a version and fetches its requirements.</summary>
    /// <param name="name">The project.</param>
    /// <param name="specifiers">The specifiers of the requirements known on it, in the order they were found.</param>
    /// <param name="preferred">A version an earlier pass settled on, kept when it still matches.</param>
    /// <param name="cancellationToken">Cancels the fetches.</param>
    public async Task<Selection> SelectAsync(PackageName name, IReadOnlyList<VersionSpecifierSet> specifiers, string? preferred, CancellationToken cancellationToken)
    {
        var project = await metadata.GetProjectAsync(name, cancellationToken).ConfigureAwait(false);
        if (project is null)
        {
            return Selection.UnknownProject;
        }

        var candidates = metadata.CandidatesOf(name, project);
        foreach (var specifier in Attempts(specifiers))
        {
            while (candidates.Best(specifier, preferred) is { } candidate)
            {
                var info = await metadata.GetReleaseInfoAsync(name, candidate.Text, cancellationToken).ConfigureAwait(false);
                if (info is not null && !info.Yanked && RequiresPython.Admits(info.RequiresPython, python))
                {
                    return Selection.Found(candidate.Text, info.RequiresDist);
                }

                candidates.Reject(candidate.Text);
            }
        }

        return Selection.NoMatchingVersion;
    }

    /// <summary>All requirements together, then (when there are several) each on its own.</summary>
    private static IEnumerable<VersionSpecifierSet> Attempts(IReadOnlyList<VersionSpecifierSet> specifiers)
    {
        yield return Combine(specifiers);
        if (specifiers.Count > 1)
        {
            foreach (var specifier in specifiers)
            {
                yield return specifier;
            }
        }
    }

    /// <summary>The intersection of specifier sets (the empty set for none).</summary>
    /// <param name="specifiers">The sets.</param>
    public static VersionSpecifierSet Combine(IEnumerable<VersionSpecifierSet> specifiers) =>
        specifiers.Aggregate(VersionSpecifierSet.Empty, (combined, next) => combined & next);
}
