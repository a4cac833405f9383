namespace TrustCheck.Reports;

/// <summary>The publisher of a file's provenance, as reported.</summary>
/// <param name="Kind">The Trusted Publisher kind.</param>
/// <param name="Repository">The repository, for forge publishers.</param>
/// <param name="Workflow">The workflow.</param>
/// <param name="Environment">The environment.</param>
public sealed record PublisherReport(string Kind, string? Repository, string? Workflow, string? Environment);
