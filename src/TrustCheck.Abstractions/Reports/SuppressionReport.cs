namespace TrustCheck.Reports;

/// <summary>A suppression applied to a finding.</summary>
/// <param name="Owner">Who owns the decision.</param>
/// <param name="Justification">Why.</param>
/// <param name="Expires">When it stops applying.</param>
public sealed record SuppressionReport(string Owner, string Justification, DateTimeOffset? Expires);
