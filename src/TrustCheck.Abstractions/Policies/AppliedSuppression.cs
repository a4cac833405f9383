using TrustCheck.Reports;

namespace TrustCheck.Policies;

/// <summary>A suppression that matched a finding.</summary>
/// <param name="Package">The package (<c>name==version</c>).</param>
/// <param name="Code">The finding's code.</param>
/// <param name="Suppression">Who, why and until when.</param>
public sealed record AppliedSuppression(string Package, string Code, SuppressionReport Suppression);
