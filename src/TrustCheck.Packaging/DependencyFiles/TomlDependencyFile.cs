namespace TrustCheck.Packaging.DependencyFiles;

/// <summary>Reads a TOML dependency file from disk into a located tree.</summary>
internal static class TomlDependencyFile
{
    /// <summary>Reads, decodes and parses a file.</summary>
    /// <returns>The absolute path and the document's root table.</returns>
    public static async Task<(string Path, TomlTable Root)> ReadAsync(string path, DependencyFileReadOptions? options, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var fullPath = Path.GetFullPath(path);
        var text = await DependencyFileText.ReadAsync(fullPath, options ?? DependencyFileReadOptions.Default, includedFrom: null, cancellationToken).ConfigureAwait(false);
        return (fullPath, TomlDocumentReader.Parse(text, fullPath));
    }
}
