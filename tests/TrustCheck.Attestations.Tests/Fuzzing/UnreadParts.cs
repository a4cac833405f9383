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

    /// <summary>All of the above.</summary>
    All = PublisherEnvironment | Cosignatures | TimestampUnsignedParts,
}
