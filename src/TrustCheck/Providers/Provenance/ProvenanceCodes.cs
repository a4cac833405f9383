namespace TrustCheck.Providers.Provenance;

/// <summary>The provenance provider's finding codes (TC2xxx). Stable.</summary>
internal static class ProvenanceCodes
{
    /// <summary>Every file's provenance verified.</summary>
    public const string AllVerified = "TC2001";

    /// <summary>Some files verified, others have no provenance.</summary>
    public const string PartialCoverage = "TC2002";

    /// <summary>No file has provenance.</summary>
    public const string NoProvenance = "TC2003";

    /// <summary>A file's provenance failed verification.</summary>
    public const string VerificationFailed = "TC2004";

    /// <summary>A file's publisher kind cannot be verified.</summary>
    public const string UnsupportedPublisher = "TC2005";

    /// <summary>Every file was downloaded and its bytes match the published digest.</summary>
    public const string DownloadsMatch = "TC2006";
}
