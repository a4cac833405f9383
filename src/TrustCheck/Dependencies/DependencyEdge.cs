using TrustCheck.Packaging;

namespace TrustCheck.Dependencies;

/// <summary>A requirement that applies to a release in the target environment: one edge per declared requirement.</summary>
/// <param name="From">The declaring project.</param>
/// <param name="FromVersion">The declaring release's version.</param>
/// <param name="To">The required project.</param>
/// <param name="ToVersion">
/// The version of <paramref name="To"/> in the graph when it satisfies this requirement; null when none does (unknown
/// project, no matching version, a conflict, a direct URL reference): <see cref="DependencyGraph.Problems"/> says why.
/// </param>
/// <param name="Requirement">The requirement string as declared (<c>chardet (&lt;3.1.0,&gt;=3.0.2)</c>).</param>
/// <param name="Extras">The extras the requirement asks of <paramref name="To"/>, normalized and sorted.</param>
internal sealed record DependencyEdge(PackageName From, string FromVersion, PackageName To, string? ToVersion, string Requirement, IReadOnlyList<string> Extras);
