using Tomlyn.Parsing;
using Tomlyn.Syntax;
using TrustCheck.Cli.Infrastructure;

namespace TrustCheck.Cli.Configuration;

/// <summary>
/// Reads the settings of a config file (Tomlyn's syntax tree, so every error names the file and line): the top-level
/// keys of <c>trustcheck.toml</c>, or the keys of <c>[tool.trustcheck]</c> in a pyproject.toml. An unknown key, a
/// nested table or a value of the wrong type is a <see cref="UsageException"/> naming the key, the file and the line.
/// Relative paths are taken relative to the file's directory.
/// </summary>
internal static class ConfigFileReader
{
    private const string ToolTable = "tool.trustcheck";

    public static bool HasToolTable(string pyproject) =>
        Parse(pyproject).Tables.Any(t => KeyText(t.Name) == ToolTable);

    public static Dictionary<SettingDefinition, SettingValue> Read(ConfigFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var document = Parse(file.Path);
        var directory = Path.GetDirectoryName(file.Path)!;
        var values = new Dictionary<SettingDefinition, SettingValue>();
        foreach (var (key, value, line) in Entries(document, file))
        {
            var origin = $"{file.Path}:{line}";
            var setting = CliSettings.Find(key)
                ?? throw new UsageException($"{origin}: unknown key '{key}'{Where(file)} (the keys are {string.Join(", ", CliSettings.All.Select(s => s.Key))}).");
            if (values.ContainsKey(setting))
            {
                throw new UsageException($"{origin}: '{key}' is set twice.");
            }

            values[setting] = new SettingValue(Convert(setting, value, origin, directory), origin);
        }

        return values;
    }

    private static IEnumerable<(string Key, ValueSyntax? Value, int Line)> Entries(DocumentSyntax document, ConfigFile file)
    {
        if (file.IsPyproject)
        {
            foreach (var table in document.Tables)
            {
                var name = KeyText(table.Name);
                if (name == ToolTable)
                {
                    foreach (var item in table.Items)
                    {
                        yield return (KeyText(item.Key), item.Value, Line(item));
                    }
                }
                else if (name.StartsWith(ToolTable + ".", StringComparison.Ordinal))
                {
                    throw new UsageException($"{file.Path}:{Line(table)}: [{name}] is not a TrustCheck setting (settings are keys of [tool.trustcheck]).");
                }
            }

            yield break;
        }

        foreach (var item in document.KeyValues)
        {
            yield return (KeyText(item.Key), item.Value, Line(item));
        }

        if (document.Tables.FirstOrDefault() is { } nested)
        {
            throw new UsageException($"{file.Path}:{Line(nested)}: [{KeyText(nested.Name)}] is not a TrustCheck setting (trustcheck.toml holds top-level keys only).");
        }
    }

    private static string[] Convert(SettingDefinition setting, ValueSyntax? value, string origin, string directory)
    {
        string[] texts = setting.IsList
            ? value is ArraySyntax array
                ? [.. array.Items.Select(i => i.Value is StringValueSyntax { Value: { } text } ? text : throw WrongType(setting, origin, "an array of strings"))]
                : throw WrongType(setting, origin, "an array of strings")
            : setting.Kind == SettingKind.Boolean
                ? value is BooleanValueSyntax boolean ? [boolean.Value ? "true" : "false"] : throw WrongType(setting, origin, "true or false")
                : value is StringValueSyntax { Value: { } single } ? [single] : throw WrongType(setting, origin, "a string");
        return setting.Kind == SettingKind.Path ? [.. texts.Select(t => Path.GetFullPath(t, directory))] : texts;
    }

    private static UsageException WrongType(SettingDefinition setting, string origin, string expected) =>
        new($"{origin}: '{setting.Key}' must be {expected}.");

    private static string Where(ConfigFile file) => file.IsPyproject ? " in [tool.trustcheck]" : string.Empty;

    private static DocumentSyntax Parse(string path)
    {
        var document = SyntaxParser.Parse(File.ReadAllText(path), path, true);
        if (document.HasErrors)
        {
            throw new UsageException($"{path} is not valid TOML: {string.Join("; ", document.Diagnostics.Select(d => d.ToString()))}");
        }

        return document;
    }

    private static int Line(SyntaxNodeBase node) => node.Span.Start.Line + 1;

    private static string KeyText(KeySyntax? key) =>
        key is null ? string.Empty : string.Join('.', new[] { Part(key.Key) }.Concat(key.DotKeys.Select(d => Part(d.Key))));

    private static string Part(BareKeyOrStringValueSyntax? part) => part switch
    {
        BareKeySyntax bare => bare.Key?.Text ?? string.Empty,
        StringValueSyntax text => text.Value ?? string.Empty,
        _ => string.Empty,
    };
}
