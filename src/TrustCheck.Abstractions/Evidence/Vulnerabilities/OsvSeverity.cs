namespace TrustCheck.Evidence.Vulnerabilities;

/// <summary>A severity score of an OSV record.</summary>
/// <param name="Type">The scoring system: <c>CVSS_V2</c>, <c>CVSS_V3</c>, <c>CVSS_V4</c>, <c>Ubuntu</c>.</param>
/// <param name="Score">The vector or score string.</param>
public sealed record OsvSeverity(string Type, string Score);
