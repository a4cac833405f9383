namespace TrustCheck.Packaging.DependencyFiles;

/// <summary>A requirement or locked package that a dependency file declares.</summary>
public sealed record DeclaredDependency
{
    /// <summary>The project name.</summary>
    public required PackageName Name { get; init; }

    /// <summary>
    /// The requirement as written, without options and comments (e.g. <c>requests[socks]&gt;=2.31; python_version &gt;= "3.8"</c>);
    /// for a locked package, <c>name==version</c>.
    /// </summary>
    public required string Requirement { get; init; }

    /// <summary>The requested extras, normalized (PEP 685) and sorted.</summary>
    public IReadOnlyList<string> Extras { get; init; } = [];

    /// <summary>The version specifier; for a locked package, <c>==version</c>.</summary>
    public required VersionSpecifierSet Specifier { get; init; }

    /// <summary>
    /// The version when the specifier is a single <c>==</c> (without wildcard) or <c>===</c>, or the locked version;
    /// null when the requirement admits a range.
    /// </summary>
    public string? PinnedVersion { get; init; }

    /// <summary>The environment marker (normalized text), or null when there is none.</summary>
    public string? Marker { get; init; }

    /// <summary>The file digests recorded for it (<c>--hash</c> options, a lock file's per-file hashes).</summary>
    public IReadOnlyList<RecordedHash> Hashes { get; init; } = [];

    /// <summary>Where it is written.</summary>
    public required SourceLocation Location { get; init; }

    /// <summary>True for lock file entries (the version is exactly what gets installed).</summary>
    public bool IsLocked { get; init; }

    /// <summary>True when it comes from a <c>-c</c> constraints file (it limits versions but installs nothing by itself).</summary>
    public bool IsConstraint { get; init; }

    /// <summary>
    /// The optional-dependency extra or dependency group it belongs to (<c>pyproject.toml</c>), or the group a lock
    /// file assigns it to (uv, Poetry) when the lock file says; null for main dependencies.
    /// </summary>
    public string? Group { get; init; }
}
