namespace TrustCheck.Reports;

/// <summary>How one provider fared.</summary>
/// <param name="Provider">The provider.</param>
/// <param name="Status"><c>completed</c>, <c>indeterminate</c> or <c>skipped</c> (not asked to run, e.g. <c>release-contents</c> without <c>--inspect-artifacts</c>).</param>
/// <param name="Error">Why it could not conclude.</param>
public sealed record SignalReport(string Provider, string Status, string? Error);
