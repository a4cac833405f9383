namespace TrustCheck.Attestations.Verification;

/// <summary>
/// What a message-signature bundle must be over: the artifact's SHA-256. DSSE bundles bind to their artifact through
/// the in-toto statement's subject instead, which the caller checks on the verified payload.
/// </summary>
/// <param name="Sha256">The artifact's SHA-256 digest, or null for DSSE bundles.</param>
public sealed record ArtifactExpectation(ReadOnlyMemory<byte>? Sha256)
{
    /// <summary>No artifact digest: the bundle must hold a DSSE envelope.</summary>
    public static ArtifactExpectation DsseSubject { get; } = new((ReadOnlyMemory<byte>?)null);
}
