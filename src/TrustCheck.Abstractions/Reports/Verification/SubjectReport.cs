namespace TrustCheck.Reports.Verification;

/// <summary>A statement subject.</summary>
/// <param name="Name">Its name (a distribution file name for PEP 740).</param>
/// <param name="Digest">Its digests by algorithm.</param>
public sealed record SubjectReport(string? Name, IReadOnlyDictionary<string, string> Digest);
