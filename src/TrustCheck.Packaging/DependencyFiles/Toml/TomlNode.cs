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

/// <summary>A TOML string, integer, float, boolean or date-time (kept as its text).</summary>
internal sealed class TomlScalar(string file, int line, object value) : TomlNode(file, line)
{
    /// <summary>The value: <see cref="string"/>, <see cref="long"/>, <see cref="double"/> or <see cref="bool"/>; date-times are their text.</summary>
    public object Value { get; } = value;

    /// <inheritdoc />
    public override string Describe() => Value switch
    {
        string => "a string",
        long => "an integer",
        double => "a float",
        bool => "a boolean",
        _ => "a value",
    };
}

/// <summary>A TOML array (inline, or an array of tables).</summary>
internal sealed class TomlArray(string file, int line) : TomlNode(file, line)
{
    /// <summary>The items in order.</summary>
    public List<TomlNode> Items { get; } = [];

    /// <summary>True when the array was made by <c>[[header]]</c> tables.</summary>
    public bool IsTableArray { get; init; }

    /// <inheritdoc />
    public override string Describe() => IsTableArray ? "an array of tables" : "an array";
}
