namespace TrustCheck.Packaging.DependencyFiles;

/// <summary>A TOML value with the file and 1-based line it is written on.</summary>
internal abstract class TomlNode(string file, int line)
{
    /// <summary>The file the value is in.</summary>
    public string File { get; } = file;

    /// <summary>The 1-based line the value starts on (for a table, its header or its first key).</summary>
    public int Line { get; internal set; } = line;

    /// <summary>The file and line.</summary>
    public SourceLocation Location => new(File, Line);

    /// <summary>What the value is, for messages.</summary>
    public abstract string Describe();

    /// <summary>An error at this value's line.</summary>
    public DependencyFileException Error(string problem) => new(File, Line, problem);
}
