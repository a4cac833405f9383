namespace TrustCheck.Packaging.DependencyFiles;

/// <summary>
/// An entry of a dependency file that names something other than a release on a package index (a URL, a local path,
/// an editable or VCS install, the project itself) or an option the scan cannot honour. Such entries are reported,
/// never silently dropped.
/// </summary>
/// <param name="Text">The entry as written (a requirements line without comments; for a lock file, the package and its source).</param>
/// <param name="Reason">Why it cannot be inspected.</param>
/// <param name="Location">Where it is written.</param>
/// <param name="Name">The project name when the entry names one (<c>name @ url</c>, <c>#egg=name</c>, a wheel file name, a lock file package).</param>
public sealed record NotInspectableEntry(string Text, NotInspectableReason Reason, SourceLocation Location, PackageName? Name);
