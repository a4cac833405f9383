namespace TrustCheck.Reports.Verification;

/// <summary>A verified in-toto statement.</summary>
/// <param name="PredicateType">Its predicate type URI.</param>
/// <param name="Subject">Its subjects.</param>
public sealed record StatementReport(string PredicateType, IReadOnlyList<SubjectReport> Subject);
