using TrustCheck.Packaging;

namespace TrustCheck.Sources;

/// <summary>A popular project and its recent downloads.</summary>
/// <param name="Name">The project.</param>
/// <param name="Downloads">Its downloads in the list's window.</param>
public sealed record PopularPackage(PackageName Name, long Downloads);
