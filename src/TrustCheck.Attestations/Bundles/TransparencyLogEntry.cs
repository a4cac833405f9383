using TrustCheck.Attestations.Transparency;

namespace TrustCheck.Attestations.Bundles;

/// <summary>A transparency-log entry as a bundle carries it: where it sits in the log and the proofs of that.</summary>
public sealed record TransparencyLogEntry
{
    /// <summary>
    /// The log index: for Rekor v1 the global index across shards, which only the inclusion promise signs (without a
    /// promise it is unverified, a lookup hint); for Rekor v2 the index in the tree, which must equal the proof's.
    /// </summary>
    public required long LogIndex { get; init; }

    /// <summary>The log's ID.</summary>
    public required ReadOnlyMemory<byte> LogId { get; init; }

    /// <summary>The entry kind, e.g. <c>dsse</c> or <c>hashedrekord</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>The entry kind's version, e.g. <c>0.0.1</c>.</summary>
    public required string KindVersion { get; init; }

    /// <summary>When the log integrated the entry (Unix seconds); 0 when the log does not say (Rekor v2).</summary>
    public required long IntegratedTime { get; init; }

    /// <summary>The signed entry timestamp, when the entry carries an inclusion promise.</summary>
    public ReadOnlyMemory<byte>? SignedEntryTimestamp { get; init; }

    /// <summary>The inclusion proof.</summary>
    public InclusionProof? InclusionProof { get; init; }

    /// <summary>The checkpoint text that signs the proof's root.</summary>
    public string? CheckpointEnvelope { get; init; }

    /// <summary>The entry body exactly as the log stores it.</summary>
    public required ReadOnlyMemory<byte> CanonicalizedBody { get; init; }

    /// <summary>The body's base64 text exactly as given, as UTF-8 (the inclusion promise signs this text).</summary>
    public required ReadOnlyMemory<byte> CanonicalizedBodyBase64 { get; init; }
}
