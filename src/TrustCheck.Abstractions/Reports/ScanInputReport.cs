namespace TrustCheck.Reports;

/// <summary>A dependency file <c>trustcheck scan</c> read.</summary>
/// <param name="File">The file (absolute path).</param>
/// <param name="Format">Its format: <c>requirements</c>, <c>pylock</c>, <c>uv-lock</c>, <c>poetry-lock</c>, <c>pyproject</c>.</param>
/// <param name="Packages">How many packages it declares (requirements or locked packages).</param>
/// <param name="IncludedFiles">Files it includes (<c>-r</c>/<c>-c</c>).</param>
/// <param name="NotInspectable">Entries that name no index release (URLs, paths, editable and VCS installs) or options the scan cannot honour; reported, never dropped.</param>
/// <param name="Indexes">The package indexes it names (they join the extra indexes of the dependency-confusion check).</param>
public sealed record ScanInputReport(string File, string Format, int Packages, IReadOnlyList<string> IncludedFiles, IReadOnlyList<NotInspectableReport> NotInspectable, IReadOnlyList<string> Indexes);
