using TrustCheck.Packaging;

namespace TrustCheck.Engine.Planning;

/// <summary>A release the inspection will judge.</summary>
/// <param name="Name">The project.</param>
/// <param name="Version">The version; null for a root whose latest release is wanted.</param>
/// <param name="IsRoot">Whether the user asked for it.</param>
internal sealed record PlannedPackage(PackageName Name, string? Version, bool IsRoot);
