using TrustCheck.Dependencies;
using TrustCheck.Engine.Evidence;
using TrustCheck.Inspection;
using TrustCheck.Packaging;
using TrustCheck.Sources;

namespace TrustCheck.Engine.Planning;

/// <summary>
/// Plans an inspection: the requested packages alone, or with their direct or transitive dependencies resolved
/// natively for the target environment as pip would (see docs/dependencies.md). Unknown requested packages are
/// errors; a requirement that cannot be followed becomes a problem reported on its parent, and a root with no
/// solution (or whose search is too deep) a problem reported on the root.
/// </summary>
internal sealed class ResolvingPlanner(IPackageMetadataSource metadata, ICoreMetadataSource coreMetadata) : IInspectionPlanner
{
    public async Task<InspectionPlan> PlanAsync(InspectionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Dependencies == DependencyMode.None)
        {
            var roots = request.Packages.DistinctBy(p => (p.Name, p.Version)).Select(p => new PlannedPackage(p.Name, p.Version, IsRoot: true)).ToList();
            return new InspectionPlan(roots, [], []);
        }

        var progress = request.Progress is null ? null : new Progress<int>(n => request.Progress.Report(new InspectionProgress(0, n, "resolving dependencies")));
        var graph = await new DependencyResolver(metadata, coreMetadata).ResolveAsync(request.Packages, request.Dependencies, request.Options.Target, progress, cancellationToken).ConfigureAwait(false);
        var missingRoot = graph.Problems.FirstOrDefault(p => p is UnknownProjectProblem { RequiredBy.Count: 0 } or UnknownVersionProblem);
        if (missingRoot is not null)
        {
            throw new PackageNotFoundException(missingRoot.Message) { Project = missingRoot is UnknownProjectProblem ? missingRoot.Name.Normalized : null };
        }

        var packages = graph.Nodes.OrderByDescending(n => n.IsRoot).Select(n => new PlannedPackage(n.Name, n.Version, n.IsRoot)).ToList();
        var edges = graph.Edges.Select(e => new PlannedEdge(e.From, e.FromVersion, e.To, e.ToVersion, e.Requirement)).ToList();
        var problems = graph.Problems.SelectMany(p => Problems(p, graph)).ToList();
        return new InspectionPlan(packages, edges, problems);
    }

    private static IEnumerable<PlanProblem> Problems(DependencyProblem problem, DependencyGraph graph) => problem switch
    {
        UnresolvableRequirementProblem p => [new PlanProblem(p.From.Name, p.From.Version, p.Requirement, p.Message)],
        UnknownProjectProblem p => p.RequiredBy.Select(c => new PlanProblem(c.From.Name, c.From.Version, c.Requirement, p.Message)),
        ResolutionImpossibleProblem p => [new PlanProblem(p.Name, RootVersion(graph, p.Name), AskedFor(graph, p.Name), p.Message, PlanProblemKind.NoSolution, [.. p.Causes.Select(c => c.ToString())])],
        ResolutionTooDeepProblem p => [new PlanProblem(p.Name, RootVersion(graph, p.Name), AskedFor(graph, p.Name), p.Message, PlanProblemKind.TooDeep)],
        _ => [],
    };

    /// <summary>The version the root is shown at (the one asked for, or the one pip would have tried first).</summary>
    private static string RootVersion(DependencyGraph graph, PackageName root) =>
        graph.Nodes.First(n => n.IsRoot && n.Name == root).Version;

    private static string AskedFor(DependencyGraph graph, PackageName root)
    {
        var node = graph.Nodes.First(n => n.IsRoot && n.Name == root);
        return node.Name.Normalized + (node.Extras.Count == 0 ? string.Empty : $"[{string.Join(',', node.Extras)}]") + "==" + node.Version;
    }
}
