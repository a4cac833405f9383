namespace TrustCheck.Packaging.DependencyFiles;

/// <summary>Collects what a reader finds, in file order; lock file package sources are kept once per URL.</summary>
internal sealed class DependencyFileContentsBuilder(string path, DependencyFileFormat format)
{
    private readonly List<DeclaredDependency> _dependencies = [];
    private readonly List<NotInspectableEntry> _notInspectable = [];
    private readonly List<IndexDirective> _indexes = [];
    private readonly List<string> _includedFiles = [];
    private readonly HashSet<string> _packageSources = new(StringComparer.Ordinal);
    private readonly HashSet<string> _included = new(StringComparer.Ordinal);

    public string Path { get; } = path;

    public void Add(DeclaredDependency dependency) => _dependencies.Add(dependency);

    public void Add(NotInspectableEntry entry) => _notInspectable.Add(entry);

    public void Add(IndexDirective directive) => _indexes.Add(directive);

    /// <summary>Records a lock file's registry or index, once per URL (the first mention is its location).</summary>
    public void AddPackageSource(string url, SourceLocation location)
    {
        if (_packageSources.Add(url))
        {
            _indexes.Add(new IndexDirective(IndexDirectiveKind.PackageSource, url, location));
        }
    }

    /// <summary>Records a file read through <c>-r</c>/<c>-c</c>, once.</summary>
    public void AddIncludedFile(string file)
    {
        if (_included.Add(file))
        {
            _includedFiles.Add(file);
        }
    }

    public DependencyFileContents Build() =>
        new(Path, format, _dependencies.ToArray(), _notInspectable.ToArray(), _indexes.ToArray(), _includedFiles.ToArray());
}
