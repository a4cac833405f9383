namespace TrustCheck.Attestations.Bundles;

/// <summary>A bundle's signature over an artifact digest (the non-DSSE form of a Sigstore bundle).</summary>
/// <param name="DigestAlgorithm">The digest algorithm, e.g. <c>SHA2_256</c>.</param>
/// <param name="Digest">The artifact digest the bundle claims.</param>
/// <param name="Signature">The signature over the artifact.</param>
public sealed record MessageSignature(string DigestAlgorithm, ReadOnlyMemory<byte> Digest, ReadOnlyMemory<byte> Signature);
