using TrustCheck.Packaging;

namespace TrustCheck.Engine.Planning;

/// <summary>A problem met while resolving the graph, reported on the release it concerns.</summary>
/// <param name="From">The dependent project (the root for <see cref="PlanProblemKind.NoSolution"/> and <see cref="PlanProblemKind.TooDeep"/>).</param>
/// <param name="FromVersion">Its version.</param>
/// <param name="Requirement">The requirement (for a root problem, the root as asked for).</param>
/// <param name="Reason">Why, in words.</param>
/// <param name="Kind">Which problem it is.</param>
/// <param name="Causes">For <see cref="PlanProblemKind.NoSolution"/>: the clashing requirements, each as "X 1.0 depends on Y&gt;=2".</param>
internal sealed record PlanProblem(PackageName From, string FromVersion, string Requirement, string Reason, PlanProblemKind Kind = PlanProblemKind.UnresolvedRequirement, IReadOnlyList<string>? Causes = null);
