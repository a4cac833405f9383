using TrustCheck.Inspection;
using TrustCheck.Packaging;

namespace TrustCheck.Dependencies.Backtracking;

/// <summary>
/// Resolves the graph pip would install: resolvelib's backtracking search with pip 23.2's provider rules (see
/// docs/dependencies.md), over the releases and per-file metadata an <see cref="IResolverIndex"/> serves. A root
/// that does not exist is a problem, not an exception; no solution is a <see cref="ResolutionImpossibleProblem"/>
/// explaining the clash; a search that exhausts <see cref="MaxRounds"/> is a <see cref="ResolutionTooDeepProblem"/>.
/// </summary>
internal sealed class BacktrackingResolver(IResolverIndex index, int maxRounds = BacktrackingResolver.MaxRounds)
{
    /// <summary>The default budget of rounds (each a pin or a backjump).</summary>
    public const int MaxRounds = 100_000;

    public async Task<DependencyGraph> ResolveAsync(IReadOnlyList<DependencyRoot> roots, DependencyMode mode, TargetEnvironment target, IProgress<int>? discovered, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(roots);
        ArgumentNullException.ThrowIfNull(target);
        var duplicate = roots.GroupBy(r => r.Name).FirstOrDefault(g => g.Select(r => r.Version).Distinct(StringComparer.Ordinal).Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"The project '{duplicate.Key}' is asked for at two different versions.", nameof(roots));
        }

        var environment = target.ToMarkerEnvironment();
        var python = new PythonCandidate(PythonVersion.Parse(environment.Values["python_full_version"]));
        var provider = new PipProvider(index, environment, python, mode, [.. roots.Select(r => r.Name)], discovered);
        var problems = new List<DependencyProblem>();
        var requirements = new List<ResolverRequirement>();
        foreach (var root in roots.DistinctBy(r => r.Name))
        {
            if (await RootProblemAsync(provider, root, cancellationToken).ConfigureAwait(false) is { } problem)
            {
                problems.Add(problem);
                continue;
            }

            requirements.Add(RootRequirement(root));
        }

        var outcome = await new Resolution(provider, maxRounds).ResolveAsync(requirements, cancellationToken).ConfigureAwait(false);
        var rootNames = roots.Select(r => r.Name).ToHashSet();
        if (outcome.Kind == ResolutionOutcomeKind.Resolved)
        {
            var (nodes, edges) = await ResolutionGraphBuilder.BuildAsync(outcome.State, provider, rootNames, cancellationToken).ConfigureAwait(false);
            problems.AddRange(Unfollowed(provider, nodes));
            return new DependencyGraph(nodes, edges, Sorted(problems));
        }

        var asked = roots.Where(r => requirements.Exists(q => q is SpecifierRequirement s && s.Name == r.Name)).ToList();
        var rootNodes = new List<DependencyNode>();
        foreach (var root in asked)
        {
            // A root asked for without a version is shown at the version pip would have tried first.
            var version = root.Version ?? (await provider.ReleasesAsync(root.Name, cancellationToken).ConfigureAwait(false))
                .Where(r => r.Excluded is null && !r.Yanked).OrderByDescending(r => r.Version).FirstOrDefault()?.VersionText ?? string.Empty;
            rootNodes.Add(new DependencyNode(root.Name, version, true, root.Extras ?? []));
        }

        foreach (var root in asked)
        {
            problems.Add(outcome.Kind == ResolutionOutcomeKind.TooDeep
                ? new ResolutionTooDeepProblem(root.Name, outcome.Rounds)
                : new ResolutionImpossibleProblem(root.Name, root.Version, [.. outcome.Causes.Select(Cause).Distinct()]));
        }

        problems.AddRange(UnknownDependencies(provider, outcome.Causes));
        problems.AddRange(Unfollowed(provider, rootNodes));
        var rootEdges = await ResolutionGraphBuilder.RootEdgesAsync(asked.Select(r => r with { Version = rootNodes.First(n => n.Name == r.Name).Version }), provider, cancellationToken).ConfigureAwait(false);
        return new DependencyGraph(rootNodes, rootEdges, Sorted(problems));
    }

    private static SpecifierRequirement RootRequirement(DependencyRoot root)
    {
        var extras = Identifiers.Extras(root.Extras);
        var text = root.Name.Normalized + (extras.Count == 0 ? string.Empty : $"[{string.Join(',', extras)}]") + (root.Version is null ? string.Empty : "==" + root.Version);
        return new SpecifierRequirement(root.Name, extras, root.Version is null ? VersionSpecifierSet.Empty : VersionSpecifierSet.Parse("==" + root.Version), text);
    }

    private static async Task<DependencyProblem?> RootProblemAsync(PipProvider provider, DependencyRoot root, CancellationToken cancellationToken)
    {
        var releases = await provider.ReleasesAsync(root.Name, cancellationToken).ConfigureAwait(false);
        if (provider.UnknownProjects.Contains(root.Name))
        {
            return new UnknownProjectProblem(root.Name, []);
        }

        return root.Version is { } version && !releases.Any(r => PythonVersion.TryParse(version, out var asked) && r.Version == asked)
            ? new UnknownVersionProblem(root.Name, version)
            : null;
    }

    private static ConflictCause Cause(RequirementInformation information) => new(
        information.Parent switch
        {
            BaseCandidate b => new DependencyOrigin(b.Name, b.Release.VersionText),
            ExtrasCandidate e => new DependencyOrigin(e.Base.Name, e.Base.Release.VersionText),
            _ => null,
        },
        information.Requirement.Display);

    private static IEnumerable<DependencyProblem> UnknownDependencies(PipProvider provider, IReadOnlyList<RequirementInformation> causes) =>
        causes.Where(c => c.Requirement is SpecifierRequirement s && provider.UnknownProjects.Contains(s.Name))
            .GroupBy(c => ((SpecifierRequirement)c.Requirement).Name)
            .Select(g => new UnknownProjectProblem(g.Key, [.. g.Select(c => Cause(c)).Where(c => c.From is not null).Select(c => new DependencyConstraint(c.From!, c.Requirement))]));

    /// <summary>The requirements of the shown releases that could not be followed (invalid, or a marker that cannot be evaluated).</summary>
    private static IEnumerable<DependencyProblem> Unfollowed(PipProvider provider, List<DependencyNode> shown) =>
        provider.Unfollowed
            .Where(u => shown.Exists(n => n.Name == u.From.Name && n.Version == u.From.Release.VersionText))
            .DistinctBy(u => (u.From.Name, u.From.Release.VersionText, u.Requirement))
            .Select(u => new UnresolvableRequirementProblem(new DependencyOrigin(u.From.Name, u.From.Release.VersionText), u.Requirement, u.Reason, u.Detail));

    private static List<DependencyProblem> Sorted(List<DependencyProblem> problems) =>
        [.. problems.OrderBy(p => p.Name.Normalized, StringComparer.Ordinal).ThenBy(p => p.SortKey, StringComparer.Ordinal)];
}
