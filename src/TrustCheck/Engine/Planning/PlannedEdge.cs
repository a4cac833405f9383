using TrustCheck.Packaging;

namespace TrustCheck.Engine.Planning;

/// <summary>A dependency edge of the plan.</summary>
/// <param name="From">The dependent project.</param>
/// <param name="FromVersion">The dependent's version.</param>
/// <param name="To">The dependency.</param>
/// <param name="ToVersion">The version chosen for it, or null when none could be.</param>
/// <param name="Requirement">The requirement as declared.</param>
internal sealed record PlannedEdge(PackageName From, string FromVersion, PackageName To, string? ToVersion, string Requirement);
