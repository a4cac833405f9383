using TrustCheck.Inspection;
using TrustCheck.Reports;

namespace TrustCheck.Scanning;

/// <summary>What a scan of dependency files inspects: an inspection request's packages, mode and declarations, the files' report and the indexes they name.</summary>
/// <param name="Packages">The packages to inspect (each once).</param>
/// <param name="Dependencies">None when every package is locked or hash-pinned (the files are the complete set); transitive otherwise (the unpinned requirements resolve for the target).</param>
/// <param name="Declared">Every declaration, with its place and recorded digests.</param>
/// <param name="Inputs">The files, as the report shows them.</param>
/// <param name="Indexes">Package indexes the files name other than PyPI (they join the extra indexes of the dependency-confusion check).</param>
public sealed record ScanPlan(
    IReadOnlyList<PackageRequest> Packages,
    DependencyMode Dependencies,
    IReadOnlyList<DeclaredPackage> Declared,
    IReadOnlyList<ScanInputReport> Inputs,
    IReadOnlyList<Uri> Indexes);
