namespace TrustCheck.Reports;

/// <summary>The target environment dependencies were resolved for.</summary>
/// <param name="PythonVersion">The Python version.</param>
/// <param name="Platform">The platform tag.</param>
public sealed record TargetReport(string PythonVersion, string Platform);
