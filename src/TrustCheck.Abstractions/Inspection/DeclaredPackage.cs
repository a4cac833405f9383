using TrustCheck.Packaging;
using TrustCheck.Packaging.DependencyFiles;

namespace TrustCheck.Inspection;

/// <summary>
/// A package as a dependency file declares it (<c>trustcheck scan</c>): where, as which requirement, and the file
/// digests it records. The report shows the places (<c>declaredIn</c>); the <c>recorded-hashes</c> provider checks the
/// digests against the ones the index publishes.
/// </summary>
/// <param name="Name">The project.</param>
/// <param name="Version">The version the file pins or locks, or null when it admits a range.</param>
/// <param name="Requirement">The requirement as written.</param>
/// <param name="Location">Where it is written.</param>
/// <param name="Hashes">The digests it records (none when the file records none).</param>
public sealed record DeclaredPackage(PackageName Name, string? Version, string Requirement, SourceLocation Location, IReadOnlyList<RecordedHash> Hashes);
