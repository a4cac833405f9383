namespace TrustCheck.Evidence.Vulnerabilities;

/// <summary>A reference of an OSV record.</summary>
/// <param name="Type">The kind: <c>WEB</c>, <c>ADVISORY</c>, <c>FIX</c>, <c>REPORT</c>, …</param>
/// <param name="Url">The address.</param>
public sealed record OsvReference(string Type, string Url);
