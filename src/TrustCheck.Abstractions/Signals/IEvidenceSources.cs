using TrustCheck.Sources;

namespace TrustCheck.Signals;

/// <summary>The configured evidence sources.</summary>
public interface IEvidenceSources
{
    /// <summary>PyPI's JSON API (or a mirror).</summary>
    IPackageMetadataSource Metadata { get; }

    /// <summary>The Simple API indexes.</summary>
    IPackageIndexSet Indexes { get; }

    /// <summary>PEP 740 provenance.</summary>
    IProvenanceSource Provenance { get; }

    /// <summary>Vulnerability records.</summary>
    IVulnerabilitySource Vulnerabilities { get; }

    /// <summary>The popular-projects corpus.</summary>
    IPopularPackagesSource PopularPackages { get; }
}
