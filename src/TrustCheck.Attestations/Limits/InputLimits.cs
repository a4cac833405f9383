namespace TrustCheck.Attestations.Limits;

/// <summary>
/// Bounds on the outside data the parsers read, far above anything real (a PyPI provenance holds one or two
/// attestations, a bundle one log entry, a Fulcio certificate about 2 KB) and low enough that a crafted document
/// cannot make a parser spend long or allocate much. Exceeding one is a <see cref="Verification.VerificationFailure"/>
/// naming the limit. Document sizes are bounded by each parser (16 MiB for bundles and provenance, 4 MiB for trusted
/// roots, the TUF limits for TUF metadata) and JSON depth by System.Text.Json (64).
/// </summary>
internal static class InputLimits
{
    /// <summary>Attestations in one provenance object, over all its bundles.</summary>
    public const int MaxAttestations = 32;

    /// <summary>Transparency-log entries in one bundle or attestation (verification accepts exactly one).</summary>
    public const int MaxTransparencyEntries = 16;

    /// <summary>Certificates in a bundle's X.509 chain, and in one certificate authority's chain in a trusted root.</summary>
    public const int MaxChainCertificates = 10;

    /// <summary>Bytes of one DER certificate.</summary>
    public const int MaxCertificateBytes = 64 * 1024;

    /// <summary>RFC 3161 timestamps in one bundle or attestation.</summary>
    public const int MaxTimestamps = 16;

    /// <summary>Bytes of one RFC 3161 timestamp response or token.</summary>
    public const int MaxTimestampBytes = 64 * 1024;

    /// <summary>Signatures on one DSSE envelope (verification accepts exactly one).</summary>
    public const int MaxDsseSignatures = 16;

    /// <summary>Hashes in an inclusion proof: a tree of fewer than 2^64 leaves never needs more than 64.</summary>
    public const int MaxProofHashes = 64;

    /// <summary>Characters of one checkpoint (signed note); real ones are under 1 KB even with cosignatures.</summary>
    public const int MaxCheckpointLength = 16 * 1024;

    /// <summary>Signature lines on one checkpoint.</summary>
    public const int MaxCheckpointSignatures = 32;

    /// <summary>Entries in each list of a trusted root (transparency logs, CT logs, CAs, TSAs).</summary>
    public const int MaxTrustedRootEntries = 64;
}
