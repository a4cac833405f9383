namespace TrustCheck.Reports;

/// <summary>How one finding moved a package's score.</summary>
/// <param name="Code">The finding's code.</param>
/// <param name="Delta">The change (negative lowers trust).</param>
/// <param name="Reason">Why, for a person.</param>
public sealed record ScoreContribution(string Code, int Delta, string Reason);
