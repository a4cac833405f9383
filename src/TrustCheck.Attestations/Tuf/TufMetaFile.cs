namespace TrustCheck.Attestations.Tuf;

/// <summary>What one metadata file says about another (or about a target): its version, length and hashes.</summary>
/// <param name="Version">The version (metadata files only; 0 for targets).</param>
/// <param name="Length">The byte length, when given.</param>
/// <param name="Sha256">The SHA-256 hex digest, when given.</param>
internal sealed record TufMetaFile(long Version, long? Length, string? Sha256);
