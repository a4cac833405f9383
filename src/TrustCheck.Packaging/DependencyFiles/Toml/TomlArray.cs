namespace TrustCheck.Packaging.DependencyFiles;

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
