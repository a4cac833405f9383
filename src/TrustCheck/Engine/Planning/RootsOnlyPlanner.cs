using TrustCheck.Inspection;

namespace TrustCheck.Engine.Planning;

/// <summary>Plans the requested packages only (no dependency resolution).</summary>
internal sealed class RootsOnlyPlanner : IInspectionPlanner
{
    public Task<InspectionPlan> PlanAsync(InspectionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Dependencies != DependencyMode.None)
        {
            throw new NotSupportedException("Dependency resolution is not available in this planner.");
        }

        var packages = request.Packages.DistinctBy(p => (p.Name, p.Version)).Select(p => new PlannedPackage(p.Name, p.Version, IsRoot: true)).ToList();
        return Task.FromResult(new InspectionPlan(packages, [], []));
    }
}
