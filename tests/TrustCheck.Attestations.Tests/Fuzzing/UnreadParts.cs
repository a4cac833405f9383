namespace TrustCheck.Attestations.Tests.Fuzzing;

/// <summary>Parts of a document that no verifier reads, left out of its semantic content on request.</summary>
[Flags]
internal enum UnreadParts
{
    /// <summary>Nothing left out.</summary>
    None = 0,

    /// <summary>A GitHub or GitLab publisher's environment (no policy reads it, as in pypi-attestations).</summary>
    PublisherEnvironment = 1,

    /// <summary>Checkpoint signature lines not by the log itself (witness cosignatures are not verified).</summary>
    Cosignatures = 2,

    /// <summary>
    /// What an RFC 3161 response carries besides its signed content, signed attributes and signature: the certificates
    /// the token embeds and the signer identifier (the TSA's own certificate comes from the trusted root and is bound by
    /// the signed ESS certificate hash), unsigned attributes, and the response status.
    /// </summary>
    TimestampUnsignedParts = 4,

    /// <summary>
    /// A Rekor v1 entry's global log index when the entry has no inclusion promise. Only the promise signs it (and the
    /// promise stage is its only reader); the inclusion proof is checked at the proof's own index in its shard, and
    /// the checkpoint names no shard offset, so nothing offline can bind it, and no result reports it. A Rekor v2
    /// entry's index is read: it must equal the proof's.
    /// </summary>
    RekorV1LogIndexWithoutPromise = 8,

    /// <summary>All of the above.</summary>
    All = PublisherEnvironment | Cosignatures | TimestampUnsignedParts | RekorV1LogIndexWithoutPromise,
}
