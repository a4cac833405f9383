namespace TrustCheck.Reports;

/// <summary>A file's provenance, as reported.</summary>
/// <param name="Status"><c>verified</c>, <c>absent</c>, <c>failed</c> or <c>unsupported</c>.</param>
/// <param name="Failure">Where and why it failed.</param>
/// <param name="Publisher">The publisher.</param>
public sealed record ProvenanceReport(string Status, FailureReport? Failure, PublisherReport? Publisher);
