namespace TrustCheck.Reports;

/// <summary>The policy's decision.</summary>
/// <param name="Name">The policy.</param>
/// <param name="Passed">Whether every package passed.</param>
/// <param name="Violations">What failed.</param>
public sealed record PolicyReport(string Name, bool Passed, IReadOnlyList<PolicyViolation> Violations);
