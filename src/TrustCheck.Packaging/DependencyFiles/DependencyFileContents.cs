namespace TrustCheck.Packaging.DependencyFiles;

/// <summary>What a dependency file declares.</summary>
/// <param name="Path">The absolute path of the file that was read.</param>
/// <param name="Format">Its format.</param>
/// <param name="Dependencies">The requirements or locked packages it declares, in file order (included files at the point of inclusion).</param>
/// <param name="NotInspectable">Entries that name no index release (URLs, paths, editable and VCS installs, local projects) and options that cannot be honoured.</param>
/// <param name="Indexes">The package indexes and link sources it names.</param>
/// <param name="IncludedFiles">The absolute paths of every file read through <c>-r</c>/<c>-c</c>, in the order they were first read.</param>
public sealed record DependencyFileContents(
    string Path,
    DependencyFileFormat Format,
    IReadOnlyList<DeclaredDependency> Dependencies,
    IReadOnlyList<NotInspectableEntry> NotInspectable,
    IReadOnlyList<IndexDirective> Indexes,
    IReadOnlyList<string> IncludedFiles);
