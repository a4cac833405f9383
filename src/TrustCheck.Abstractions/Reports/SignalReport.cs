namespace TrustCheck.Reports;

/// <summary>How one provider fared.</summary>
/// <param name="Provider">The provider.</param>
/// <param name="Status"><c>completed</c> or <c>indeterminate</c>.</param>
/// <param name="Error">Why it could not conclude.</param>
public sealed record SignalReport(string Provider, string Status, string? Error);
