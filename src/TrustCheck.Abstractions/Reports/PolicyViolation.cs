namespace TrustCheck.Reports;

/// <summary>A rule a package broke.</summary>
/// <param name="Package">The package (<c>name==version</c>).</param>
/// <param name="Rule">The rule (<c>fail-on-severity</c>, <c>require-verified-provenance</c>, …).</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Code">The finding behind it, when there is one.</param>
public sealed record PolicyViolation(string Package, string Rule, string Message, string? Code = null);
