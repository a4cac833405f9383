namespace TrustCheck.Sources;

/// <summary>What a downloaded distribution's bytes hash to.</summary>
/// <param name="Sha256">The SHA-256 of the bytes, lower-case hex.</param>
/// <param name="Length">How many bytes arrived.</param>
public sealed record DownloadedDistribution(string Sha256, long Length);
