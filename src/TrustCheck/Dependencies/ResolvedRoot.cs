using TrustCheck.Packaging;

namespace TrustCheck.Dependencies;

/// <summary>A root whose release was found.</summary>
/// <param name="Name">The project.</param>
/// <param name="Version">The release's version as the index spells it.</param>
/// <param name="RequiresDist">Its requirements.</param>
/// <param name="Extras">The extras requested of it, normalized.</param>
internal sealed record ResolvedRoot(PackageName Name, string Version, IReadOnlyList<string> RequiresDist, IReadOnlyList<string> Extras)
{
    /// <summary>A selection that resolves a pass node to this release.</summary>
    public Selection ToSelection() => Selection.Found(Version, RequiresDist);
}
