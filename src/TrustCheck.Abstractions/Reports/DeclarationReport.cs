namespace TrustCheck.Reports;

/// <summary>Where a scanned dependency file declares a package.</summary>
/// <param name="File">The file (as read: an absolute path).</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Requirement">The requirement as written.</param>
public sealed record DeclarationReport(string File, int Line, string Requirement);
