using TrustCheck.Attestations.Pep740;

namespace TrustCheck.LocalFiles;

/// <summary>The largest local document of each kind TrustCheck reads; a larger file is refused before it is parsed.</summary>
public static class DocumentLimits
{
    /// <summary>A Sigstore trusted root (production's is about 10 KB).</summary>
    public const long TrustedRoot = 4L * 1024 * 1024;

    /// <summary>A PEP 740 provenance object or attestation.</summary>
    public const long Pep740 = Pep740Document.MaxDocumentBytes;

    /// <summary>A Sigstore bundle.</summary>
    public const long Bundle = 16L * 1024 * 1024;

    /// <summary>A top-PyPI-packages list (the 15,000-name list is about 1 MB).</summary>
    public const long PopularNames = 32L * 1024 * 1024;

    /// <summary>A publisher object or a policy file: small documents written by hand.</summary>
    public const long SmallDocument = 1L * 1024 * 1024;

    /// <summary>A wheel or sdist read for analysis (held in memory while it is analysed).</summary>
    public const long Distribution = 512L * 1024 * 1024;
}
