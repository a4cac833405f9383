using TrustCheck.Packaging;

namespace TrustCheck.Inspection;

/// <summary>A package to inspect.</summary>
/// <param name="Name">The project.</param>
/// <param name="Version">The version; null inspects the latest release.</param>
public sealed record PackageRequest(PackageName Name, string? Version = null)
{
    /// <summary>Extras asked of it (<c>requests[socks]</c>): their requirements join the resolved dependencies.</summary>
    public IReadOnlyList<string> Extras { get; init; } = [];
}
