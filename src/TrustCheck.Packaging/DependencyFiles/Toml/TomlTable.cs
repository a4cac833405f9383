using System.Diagnostics.CodeAnalysis;

namespace TrustCheck.Packaging.DependencyFiles;

/// <summary>A TOML table with typed, located accessors: a value of the wrong type is an error at its line.</summary>
internal sealed class TomlTable(string file, int line) : TomlNode(file, line)
{
    private readonly OrderedDictionary<string, TomlNode> _entries = new(StringComparer.Ordinal);

    /// <summary>The entries in the order they were written.</summary>
    public IEnumerable<KeyValuePair<string, TomlNode>> Entries => _entries;

    /// <summary>How the table came to be, which decides whether a later header or dotted key may add to it.</summary>
    public TomlTableKind Kind { get; set; }

    /// <inheritdoc />
    public override string Describe() => "a table";

    /// <summary>Looks up an entry.</summary>
    public bool TryGet(string key, [NotNullWhen(true)] out TomlNode? node) => _entries.TryGetValue(key, out node);

    /// <summary>The value at <paramref name="key"/>, or this table when absent: where to report a problem with the entry.</summary>
    public TomlNode At(string key) => TryGet(key, out var node) ? node : this;

    /// <summary>Sets an entry (the TOML parser has already rejected redefinitions).</summary>
    public void Set(string key, TomlNode node) => _entries[key] = node;

    /// <summary>A string entry, or null when absent.</summary>
    public string? OptionalString(string key) => OptionalScalar<string>(key, "a string");

    /// <summary>A string entry that must be present.</summary>
    public string RequiredString(string key) => OptionalString(key) ?? throw Error($"`{key}` is missing");

    /// <summary>A boolean entry, or null when absent.</summary>
    public bool? OptionalBoolean(string key) => TryGet(key, out var node)
        ? node is TomlScalar { Value: bool value } ? value : throw node.Error($"`{key}` must be a boolean, not {node.Describe()}")
        : null;

    /// <summary>An integer entry, or null when absent.</summary>
    public long? OptionalInteger(string key) => TryGet(key, out var node)
        ? node is TomlScalar { Value: long value } ? value : throw node.Error($"`{key}` must be an integer, not {node.Describe()}")
        : null;

    /// <summary>A table entry (inline or not), or null when absent.</summary>
    public TomlTable? OptionalTable(string key) => TryGet(key, out var node)
        ? node as TomlTable ?? throw node.Error($"`{key}` must be a table, not {node.Describe()}")
        : null;

    /// <summary>An array entry (inline, or an array of tables), or null when absent.</summary>
    public TomlArray? OptionalArray(string key) => TryGet(key, out var node)
        ? node as TomlArray ?? throw node.Error($"`{key}` must be an array, not {node.Describe()}")
        : null;

    /// <summary>The tables of an array entry (empty when absent); an item that is not a table is an error.</summary>
    public IEnumerable<TomlTable> Tables(string key) =>
        (OptionalArray(key)?.Items ?? []).Select(item => item as TomlTable ?? throw item.Error($"the items of `{key}` must be tables, not {item.Describe()}"));

    /// <summary>The strings of an array entry (empty when absent); an item that is not a string is an error.</summary>
    public IEnumerable<(string Value, TomlNode Node)> Strings(string key) =>
        (OptionalArray(key)?.Items ?? []).Select(item => item is TomlScalar { Value: string value }
            ? (value, item)
            : throw item.Error($"the items of `{key}` must be strings, not {item.Describe()}"));

    private T? OptionalScalar<T>(string key, string expected)
        where T : class =>
        TryGet(key, out var node)
            ? node is TomlScalar { Value: T value } ? value : throw node.Error($"`{key}` must be {expected}, not {node.Describe()}")
            : null;
}
