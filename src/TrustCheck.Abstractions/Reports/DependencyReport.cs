namespace TrustCheck.Reports;

/// <summary>A dependency edge from a package.</summary>
/// <param name="Name">The dependency's normalized name.</param>
/// <param name="Version">The version chosen for it, or null when none satisfies the requirement.</param>
/// <param name="Requirement">The requirement as the package declares it.</param>
public sealed record DependencyReport(string Name, string? Version, string Requirement);
