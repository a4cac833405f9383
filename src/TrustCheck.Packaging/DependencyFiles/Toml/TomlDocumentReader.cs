using Tomlyn.Parsing;
using Tomlyn.Syntax;

namespace TrustCheck.Packaging.DependencyFiles;

/// <summary>
/// Parses TOML with Tomlyn (syntax and semantic validation) and builds a tree of <see cref="TomlNode"/> that keeps
/// the line of every table header, key and array item, for locating lock file entries.
/// </summary>
internal static class TomlDocumentReader
{
    /// <summary>Parses a document.</summary>
    /// <param name="text">The TOML text.</param>
    /// <param name="path">The file, for locations.</param>
    /// <exception cref="DependencyFileException">The text is not valid TOML; the error names the first problem's line.</exception>
    public static TomlTable Parse(string text, string path)
    {
        var document = SyntaxParser.Parse(text, path, validate: true);
        if (document.HasErrors)
        {
            var first = document.Diagnostics.FirstOrDefault(d => d.Kind == DiagnosticMessageKind.Error) ?? document.Diagnostics[0];
            throw new DependencyFileException(path, first.Span.Start.Line + 1, $"invalid TOML: {first.Message}");
        }

        var root = new TomlTable(path, 1);
        foreach (var keyValue in document.KeyValues)
        {
            Assign(root, keyValue, path);
        }

        foreach (var table in document.Tables)
        {
            var target = OpenHeader(root, table, path);
            foreach (var keyValue in table.Items)
            {
                Assign(target, keyValue, path);
            }
        }

        return root;
    }

    private static int LineOf(SyntaxNodeBase node) => node.Span.Start.Line + 1;

    private static TomlTable OpenHeader(TomlTable root, TableSyntaxBase header, string path)
    {
        var parts = KeyParts(header.Name!);
        var line = LineOf(header);
        var current = Descend(root, parts.Take(parts.Count - 1), path, line);
        var last = parts[^1];
        if (header is TableArraySyntax)
        {
            if (!current.TryGet(last, out var existing))
            {
                existing = new TomlArray(path, line) { IsTableArray = true };
                current.Set(last, existing);
            }

            var element = new TomlTable(path, line);
            ((TomlArray)existing).Items.Add(element);
            return element;
        }

        if (current.TryGet(last, out var node) && node is TomlTable table)
        {
            // A table first implied by a dotted header (e.g. [a.b] before [a]) is declared here.
            if (table.IsImplicit)
            {
                table.IsImplicit = false;
                table.Line = line;
            }

            return table;
        }

        var created = new TomlTable(path, line);
        current.Set(last, created);
        return created;
    }

    private static TomlTable Descend(TomlTable start, IEnumerable<string> parts, string path, int line)
    {
        var current = start;
        foreach (var part in parts)
        {
            if (!current.TryGet(part, out var node))
            {
                node = new TomlTable(path, line) { IsImplicit = true };
                current.Set(part, node);
            }

            current = node switch
            {
                TomlTable table => table,
                TomlArray { IsTableArray: true, Items: [.., TomlTable last] } => last,
                _ => throw node.Error($"`{part}` is {node.Describe()}, not a table"),
            };
        }

        return current;
    }

    private static void Assign(TomlTable table, KeyValueSyntax keyValue, string path)
    {
        var parts = KeyParts(keyValue.Key!);
        var target = Descend(table, parts.Take(parts.Count - 1), path, LineOf(keyValue));
        target.Set(parts[^1], Convert(keyValue.Value!, path));
    }

    private static TomlNode Convert(ValueSyntax value, string path)
    {
        var line = LineOf(value);
        switch (value)
        {
            case StringValueSyntax text:
                return new TomlScalar(path, line, text.Value ?? string.Empty);
            case IntegerValueSyntax integer:
                return new TomlScalar(path, line, integer.Value);
            case BooleanValueSyntax boolean:
                return new TomlScalar(path, line, boolean.Value);
            case FloatValueSyntax number:
                return new TomlScalar(path, line, number.Value);
            case ArraySyntax array:
                var result = new TomlArray(path, line);
                foreach (var item in array.Items)
                {
                    result.Items.Add(Convert(item.Value!, path));
                }

                return result;
            case InlineTableSyntax inline:
                var table = new TomlTable(path, line);
                foreach (var item in inline.Items)
                {
                    Assign(table, item.KeyValue!, path);
                }

                return table;
            default:
                // Date-times: kept as their text; no dependency file reads them.
                return new TomlScalar(path, line, value.ToString()?.Trim() ?? string.Empty);
        }
    }

    private static List<string> KeyParts(KeySyntax key)
    {
        var parts = new List<string> { KeyText(key.Key) };
        foreach (var dotted in key.DotKeys)
        {
            parts.Add(KeyText(dotted.Key));
        }

        return parts;
    }

    private static string KeyText(BareKeyOrStringValueSyntax? key) => key switch
    {
        BareKeySyntax bare => bare.Key?.Text ?? string.Empty,
        StringValueSyntax quoted => quoted.Value ?? string.Empty,
        _ => string.Empty,
    };
}
