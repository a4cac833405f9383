namespace TrustCheck.Reports;

/// <summary>Where verification failed and why.</summary>
/// <param name="Stage">The stage.</param>
/// <param name="Reason">The reason.</param>
public sealed record FailureReport(string Stage, string Reason);
