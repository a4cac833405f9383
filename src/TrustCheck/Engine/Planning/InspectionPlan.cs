namespace TrustCheck.Engine.Planning;

/// <summary>Which releases to inspect and how they depend on each other.</summary>
/// <param name="Packages">The releases, roots first.</param>
/// <param name="Edges">The dependency edges.</param>
/// <param name="Problems">Requirements that could not be resolved.</param>
internal sealed record InspectionPlan(IReadOnlyList<PlannedPackage> Packages, IReadOnlyList<PlannedEdge> Edges, IReadOnlyList<PlanProblem> Problems);
