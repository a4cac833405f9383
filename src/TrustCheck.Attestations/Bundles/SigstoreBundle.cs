using TrustCheck.Attestations.Dsse;

namespace TrustCheck.Attestations.Bundles;

/// <summary>
/// A parsed Sigstore bundle: the signing certificate, the transparency-log entries and timestamps that vouch for
/// it, and the signed content (a DSSE envelope or a message signature).
/// </summary>
public sealed record SigstoreBundle
{
    /// <summary>The bundle's media type.</summary>
    public required string MediaType { get; init; }

    /// <summary>The DER signing certificate (the leaf only; any chain a bundle carries is never trusted).</summary>
    public ReadOnlyMemory<byte>? Certificate { get; init; }

    /// <summary>Whether the bundle carried a certificate chain including more than the leaf.</summary>
    public int ChainCertificateCount { get; init; }

    /// <summary>The hint naming a managed public key, for key-based bundles.</summary>
    public string? PublicKeyHint { get; init; }

    /// <summary>The transparency-log entries.</summary>
    public required IReadOnlyList<TransparencyLogEntry> TransparencyLogEntries { get; init; }

    /// <summary>DER RFC 3161 timestamp responses (or tokens) over the signature.</summary>
    public required IReadOnlyList<ReadOnlyMemory<byte>> Rfc3161Timestamps { get; init; }

    /// <summary>The DSSE envelope, for attestation bundles.</summary>
    public DsseEnvelope? DsseEnvelope { get; init; }

    /// <summary>The message signature, for artifact-signature bundles.</summary>
    public MessageSignature? MessageSignature { get; init; }
}
