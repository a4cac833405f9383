using TrustCheck.Packaging;

namespace TrustCheck.Dependencies;

/// <summary>
/// Finds the roots' releases, concurrently: the requested version (which must exist), or the latest release as the
/// project document's <c>info.version</c> says. An unknown project or version is a problem, not an exception.
/// </summary>
internal static class RootResolver
{
    /// <summary>Finds the roots' releases.</summary>
    /// <param name="roots">The roots.</param>
    /// <param name="metadata">The documents.</param>
    /// <param name="cancellationToken">Cancels the fetches.</param>
    /// <exception cref="ArgumentException">A project is asked for twice at different versions, or a version is blank.</exception>
    public static async Task<RootResolution> ResolveAsync(IReadOnlyList<DependencyRoot> roots, MetadataCache metadata, CancellationToken cancellationToken)
    {
        var merged = Merge(roots);
        var outcomes = await Task.WhenAll(merged.Select(r => ResolveAsync(r, metadata, cancellationToken))).ConfigureAwait(false);
        return new RootResolution(
            [.. outcomes.Select(o => o.Root).OfType<ResolvedRoot>()],
            [.. outcomes.Select(o => o.Problem).OfType<DependencyProblem>()]);
    }

    private static async Task<(ResolvedRoot? Root, DependencyProblem? Problem)> ResolveAsync(DependencyRoot root, MetadataCache metadata, CancellationToken cancellationToken)
    {
        var extras = NormalizeExtras(root.Extras ?? []);
        if (root.Version is { } version)
        {
            var info = await metadata.GetReleaseInfoAsync(root.Name, version, cancellationToken).ConfigureAwait(false);
            if (info is not null)
            {
                return (new ResolvedRoot(root.Name, info.Version, info.RequiresDist, extras), null);
            }

            var known = await metadata.GetProjectAsync(root.Name, cancellationToken).ConfigureAwait(false);
            return (null, known is null ? new UnknownProjectProblem(root.Name, []) : new UnknownVersionProblem(root.Name, version));
        }

        var project = await metadata.GetProjectAsync(root.Name, cancellationToken).ConfigureAwait(false);
        return project is null
            ? (null, new UnknownProjectProblem(root.Name, []))
            : (new ResolvedRoot(root.Name, project.Info.Version, project.Info.RequiresDist, extras), null);
    }

    /// <summary>One root per project: extras are joined; two different versions of one project are an error.</summary>
    private static List<DependencyRoot> Merge(IReadOnlyList<DependencyRoot> roots)
    {
        var merged = new List<DependencyRoot>();
        foreach (var root in roots)
        {
            ArgumentNullException.ThrowIfNull(root, nameof(roots));
            if (root.Version is not null && string.IsNullOrWhiteSpace(root.Version))
            {
                throw new ArgumentException($"The version asked for '{root.Name}' is blank.", nameof(roots));
            }

            var index = merged.FindIndex(m => m.Name == root.Name);
            if (index < 0)
            {
                merged.Add(root);
                continue;
            }

            var existing = merged[index];
            if (!string.Equals(existing.Version, root.Version, StringComparison.Ordinal))
            {
                throw new ArgumentException(
                    $"'{root.Name}' is asked for twice, at {existing.Version ?? "the latest version"} and {root.Version ?? "the latest version"}.",
                    nameof(roots));
            }

            merged[index] = existing with { Extras = [.. (existing.Extras ?? []).Concat(root.Extras ?? [])] };
        }

        return merged;
    }

    private static string[] NormalizeExtras(IEnumerable<string> extras) =>
        [.. extras.Select(PackageName.Normalize).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}
