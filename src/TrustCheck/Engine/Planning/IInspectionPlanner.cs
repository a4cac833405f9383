using TrustCheck.Inspection;

namespace TrustCheck.Engine.Planning;

/// <summary>Turns a request into the releases to inspect (resolving dependencies when asked).</summary>
internal interface IInspectionPlanner
{
    Task<InspectionPlan> PlanAsync(InspectionRequest request, CancellationToken cancellationToken);
}
