namespace TrustCheck.Reports;

/// <summary>One file of a package.</summary>
/// <param name="Filename">The file name.</param>
/// <param name="Sha256">The published SHA-256.</param>
/// <param name="Provenance">Its provenance.</param>
public sealed record FileReport(string Filename, string? Sha256, ProvenanceReport Provenance);
