namespace TrustCheck.Packaging.DependencyFiles;

/// <summary>Where an entry of a dependency file is written.</summary>
/// <param name="File">The absolute path of the file.</param>
/// <param name="Line">
/// The 1-based line of the entry: for a requirements line continued with <c>\</c>, the line it starts on; for a
/// lock file package, the line of its <c>[[package]]</c> header (or of the table that declares its name); for a
/// <c>pyproject.toml</c> requirement, the line of its string.
/// </param>
public sealed record SourceLocation(string File, int Line)
{
    /// <summary><c>FILE:LINE</c>.</summary>
    public override string ToString() => $"{File}:{Line}";
}
