namespace TrustCheck.Reports.Verification;

/// <summary>The distribution a verification was for.</summary>
/// <param name="Filename">Its file name (or, for a bare digest, <c>sha256:&lt;hex&gt;</c>).</param>
/// <param name="Sha256">Its SHA-256, lower-case hex.</param>
public sealed record DistributionReport(string Filename, string Sha256);
