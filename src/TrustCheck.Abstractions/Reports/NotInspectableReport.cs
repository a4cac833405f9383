namespace TrustCheck.Reports;

/// <summary>An entry of a dependency file that TrustCheck cannot inspect.</summary>
/// <param name="Text">The entry as written.</param>
/// <param name="Reason">Why: <c>url</c>, <c>local-path</c>, <c>editable</c>, <c>vcs</c>, <c>local-project</c>, <c>unsupported-option</c>.</param>
/// <param name="File">The file.</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Name">The project it names, when it names one.</param>
public sealed record NotInspectableReport(string Text, string Reason, string File, int Line, string? Name);
