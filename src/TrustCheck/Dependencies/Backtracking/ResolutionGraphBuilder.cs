using TrustCheck.Packaging;

namespace TrustCheck.Dependencies.Backtracking;

/// <summary>
/// Turns a finished resolution into the dependency graph the inspector reports: the pins reachable from a root (as
/// pip keeps them), one node per project with the extras asked of it, and one edge per requirement a pinned release
/// declared, to the version pinned for its target.
/// </summary>
internal static class ResolutionGraphBuilder
{
    public static async Task<(List<DependencyNode> Nodes, List<DependencyEdge> Edges)> BuildAsync(ResolutionState state, PipProvider provider, IReadOnlySet<PackageName> roots, CancellationToken cancellationToken)
    {
        var connected = Connected(state);
        var pins = state.Mapping.Entries().Where(e => connected.Contains(e.Key)).Select(e => e.Value).ToList();
        var versions = pins.OfType<BaseCandidate>().ToDictionary(c => c.Name, c => c.Release.VersionText);
        var extras = pins.OfType<ExtrasCandidate>()
            .GroupBy(c => c.Base.Name)
            .ToDictionary(g => g.Key, g => g.SelectMany(c => c.Extras).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList());
        var nodes = pins.OfType<BaseCandidate>()
            .Select(c => new DependencyNode(c.Name, c.Release.VersionText, roots.Contains(c.Name), extras.GetValueOrDefault(c.Name) ?? []))
            .OrderBy(n => n.Name.Normalized, StringComparer.Ordinal)
            .ToList();
        var edges = new List<DependencyEdge>();
        foreach (var pin in pins.Where(p => p is not PythonCandidate))
        {
            var from = pin as BaseCandidate ?? ((ExtrasCandidate)pin).Base;
            foreach (var requirement in (await provider.GetDependenciesAsync(pin, cancellationToken).ConfigureAwait(false)).OfType<SpecifierRequirement>())
            {
                var to = versions.TryGetValue(requirement.Name, out var version) && PipSpecifiers.Contains(requirement.Specifier, Find(pins, requirement.Name).Version) ? version : null;
                edges.Add(new DependencyEdge(from.Name, from.Release.VersionText, requirement.Name, to, requirement.Text, requirement.Extras));
            }
        }

        foreach (var (from, text, _, _, target) in provider.Unfollowed)
        {
            if (target is { } name && pins.OfType<BaseCandidate>().Any(p => p.Equals(from)))
            {
                edges.Add(new DependencyEdge(from.Name, from.Release.VersionText, name, null, text, []));
            }
        }

        return (nodes, edges
            .DistinctBy(e => (e.From, e.FromVersion, e.To, e.Requirement))
            .OrderBy(e => e.From.Normalized, StringComparer.Ordinal)
            .ThenBy(e => e.To.Normalized, StringComparer.Ordinal)
            .ThenBy(e => e.FromVersion, StringComparer.Ordinal)
            .ThenBy(e => e.Requirement, StringComparer.Ordinal)
            .ToList());
    }

    /// <summary>
    /// When nothing resolves, the roots' own declared requirements (that apply to the target) as edges to no version:
    /// the report still shows what each root asks for.
    /// </summary>
    public static async Task<List<DependencyEdge>> RootEdgesAsync(IEnumerable<DependencyRoot> roots, PipProvider provider, CancellationToken cancellationToken)
    {
        var edges = new List<DependencyEdge>();
        foreach (var root in roots)
        {
            var releases = await provider.ReleasesAsync(root.Name, cancellationToken).ConfigureAwait(false);
            var release = root.Version is { } text && PythonVersion.TryParse(text, out var asked) ? releases.FirstOrDefault(r => r.Version == asked) : null;
            if (release is null)
            {
                continue;
            }

            var extras = Identifiers.Extras(root.Extras);
            Candidate candidate = extras.Count == 0 ? new BaseCandidate(release) : new ExtrasCandidate(new BaseCandidate(release), extras);
            foreach (var requirement in (await provider.GetDependenciesAsync(candidate, cancellationToken).ConfigureAwait(false)).OfType<SpecifierRequirement>())
            {
                edges.Add(new DependencyEdge(root.Name, release.VersionText, requirement.Name, null, requirement.Text, requirement.Extras));
            }
        }

        return [.. edges.DistinctBy(e => (e.From, e.To, e.Requirement)).OrderBy(e => e.From.Normalized, StringComparer.Ordinal).ThenBy(e => e.To.Normalized, StringComparer.Ordinal).ThenBy(e => e.Requirement, StringComparer.Ordinal)];
    }

    private static BaseCandidate Find(List<Candidate> pins, PackageName name) => pins.OfType<BaseCandidate>().First(c => c.Name == name);

    /// <summary>The identifiers with a route to a root through requirements whose declaring candidate is still pinned.</summary>
    private static HashSet<string> Connected(ResolutionState state)
    {
        var connected = new HashSet<string>(StringComparer.Ordinal);
        bool changed;
        do
        {
            changed = false;
            foreach (var (key, criterion) in state.Criteria.Entries())
            {
                if (connected.Contains(key))
                {
                    continue;
                }

                if (criterion.Information.Any(i => i.Parent is null || (state.Mapping.TryGetValue(i.Parent.Identifier, out var pin) && pin.Equals(i.Parent) && connected.Contains(i.Parent.Identifier))))
                {
                    connected.Add(key);
                    changed = true;
                }
            }
        }
        while (changed);
        return connected;
    }
}
