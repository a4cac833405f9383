using TrustCheck.Packaging;

namespace TrustCheck.Dependencies;

/// <summary>The release a requirement was declared by.</summary>
/// <param name="Name">The declaring project.</param>
/// <param name="Version">The declaring release's version.</param>
internal sealed record DependencyOrigin(PackageName Name, string Version)
{
    /// <summary><c>name==version</c>.</summary>
    public override string ToString() => $"{Name}=={Version}";
}
