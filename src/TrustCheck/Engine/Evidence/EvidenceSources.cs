using TrustCheck.Signals;
using TrustCheck.Sources;

namespace TrustCheck.Engine.Evidence;

/// <summary>The registered sources, handed to providers.</summary>
internal sealed class EvidenceSources(
    IPackageMetadataSource metadata,
    IPackageIndexSet indexes,
    IProvenanceSource provenance,
    IVulnerabilitySource vulnerabilities,
    IPopularPackagesSource popularPackages) : IEvidenceSources
{
    public IPackageMetadataSource Metadata { get; } = metadata;

    public IPackageIndexSet Indexes { get; } = indexes;

    public IProvenanceSource Provenance { get; } = provenance;

    public IVulnerabilitySource Vulnerabilities { get; } = vulnerabilities;

    public IPopularPackagesSource PopularPackages { get; } = popularPackages;
}
