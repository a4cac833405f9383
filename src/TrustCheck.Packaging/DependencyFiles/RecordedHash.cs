namespace TrustCheck.Packaging.DependencyFiles;

/// <summary>A file digest a dependency file records (<c>--hash=sha256:…</c>, a lock file's per-file hashes).</summary>
/// <param name="Algorithm">The algorithm in lower case, e.g. <c>sha256</c>.</param>
/// <param name="Digest">The digest in lower-case hexadecimal.</param>
/// <param name="Filename">
/// The distribution file the digest belongs to, when the file says (lock files record one digest per file;
/// a requirements file's <c>--hash</c> options name no file).
/// </param>
public sealed record RecordedHash(string Algorithm, string Digest, string? Filename = null);
