namespace TrustCheck.Packaging.DependencyFiles;

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
