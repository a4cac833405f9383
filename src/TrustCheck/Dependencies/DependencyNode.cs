using TrustCheck.Packaging;

namespace TrustCheck.Dependencies;

/// <summary>A release in a dependency graph.</summary>
/// <param name="Name">The project.</param>
/// <param name="Version">The version chosen (for a root: the one requested, or the latest).</param>
/// <param name="IsRoot">Whether the release was asked for rather than reached as a dependency.</param>
/// <param name="Extras">The extras requested of it by the request or by its parents, normalized and sorted.</param>
internal sealed record DependencyNode(PackageName Name, string Version, bool IsRoot, IReadOnlyList<string> Extras);
