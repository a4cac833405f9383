using TrustCheck.Signals;
using TrustCheck.Sources;

namespace TrustCheck.Tests.Providers;

/// <summary>Evidence sources for providers that must not use any: every access fails the test.</summary>
internal sealed class NoEvidenceSources : IEvidenceSources
{
    public static NoEvidenceSources Instance { get; } = new();

    public IPackageMetadataSource Metadata => throw Used();

    public IPackageIndexSet Indexes => throw Used();

    public IProvenanceSource Provenance => throw Used();

    public IVulnerabilitySource Vulnerabilities => throw Used();

    public IPopularPackagesSource PopularPackages => throw Used();

    private static InvalidOperationException Used() => new("A pure provider used an evidence source.");
}
