namespace TrustCheck.Evidence.PyPi;

/// <summary>The digests PyPI publishes for a file, as lowercase hex.</summary>
/// <param name="Sha256">The SHA-256 digest (the one attestations bind to).</param>
/// <param name="Md5">The MD5 digest, when published.</param>
/// <param name="Blake2b256">The BLAKE2b-256 digest, when published.</param>
public sealed record PyPiFileDigests(string? Sha256, string? Md5 = null, string? Blake2b256 = null);
