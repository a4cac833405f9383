using System.Security.Cryptography;

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

    /// <summary>
    /// The artifact's bytes, when the caller has them: Ed25519 message signatures (managed keys) sign the artifact
    /// itself rather than its digest, so only they need it. Use <see cref="ForContent"/> to set it with its digest.
    /// </summary>
    public ReadOnlyMemory<byte>? Content { get; init; }

    /// <summary>A message-signature expectation from the artifact's bytes (its SHA-256 is computed).</summary>
    /// <param name="content">The artifact.</param>
    /// <returns>The expectation, with both the digest and the bytes.</returns>
    public static ArtifactExpectation ForContent(ReadOnlyMemory<byte> content) => new(SHA256.HashData(content.Span)) { Content = content };
}
