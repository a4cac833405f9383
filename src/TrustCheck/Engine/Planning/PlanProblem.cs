using TrustCheck.Packaging;

namespace TrustCheck.Engine.Planning;

/// <summary>A requirement that could not be resolved.</summary>
/// <param name="From">The dependent project.</param>
/// <param name="FromVersion">Its version.</param>
/// <param name="Requirement">The requirement.</param>
/// <param name="Reason">Why.</param>
internal sealed record PlanProblem(PackageName From, string FromVersion, string Requirement, string Reason);
