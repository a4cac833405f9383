using TrustCheck.Inspection;
using TrustCheck.Packaging;

namespace TrustCheck.Dependencies;

/// <summary>A package the resolution starts from: a <see cref="PackageRequest"/> plus the extras asked of it.</summary>
/// <param name="Name">The project.</param>
/// <param name="Version">The version; null for the latest release (the project JSON's <c>info.version</c>).</param>
/// <param name="Extras">The extras requested (<c>requests[security]</c>); normalized (PEP 685) when resolved.</param>
internal sealed record DependencyRoot(PackageName Name, string? Version = null, IReadOnlyList<string>? Extras = null)
{
    /// <summary>A root for a package request, with its extras.</summary>
    /// <param name="request">The request.</param>
    public static DependencyRoot From(PackageRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new DependencyRoot(request.Name, request.Version, request.Extras);
    }
}
