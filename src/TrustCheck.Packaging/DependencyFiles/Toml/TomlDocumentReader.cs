using Tomlyn.Parsing;
using Tomlyn.Syntax;

namespace TrustCheck.Packaging.DependencyFiles;

/// <summary>
/// Parses TOML with Tomlyn's syntax parser and builds a tree of <see cref="TomlNode"/> that keeps the line of every
/// table header, key and array item, for locating lock file entries.
/// </summary>
/// <remarks>
/// Tomlyn 2.11.1's own semantic validation (<c>SyntaxParser.Parse(…, validate: true)</c>) rejects valid documents in
/// which an element of an array of tables after the first defines a key that an earlier element defined with a
/// header (<c>[[p]] [p.s] … [[p]] s = {…}</c>, or <c>[[p.w]]</c> then <c>w = […]</c>: "The key `p.[1].s` is already
/// defined"), which PEP 751 and uv files do. So the syntax is parsed without it and TOML's redefinition rules are
/// checked here, while the tree is built: a key is defined once; a <c>[table]</c> is defined once (a table only implied
/// by a longer header may be defined later); dotted keys add only to tables that dotted keys of the same section
/// created (or that a header only implied); inline tables and static arrays are closed; <c>[[array]]</c> appends only
/// to an array of tables.
/// </remarks>
internal sealed class TomlDocumentReader
{
    private readonly string _path;
    private readonly HashSet<TomlTable> _sectionDotted = new(ReferenceEqualityComparer.Instance);

    private TomlDocumentReader(string path) => _path = path;

    /// <summary>Parses a document.</summary>
    /// <param name="text">The TOML text.</param>
    /// <param name="path">The file, for locations.</param>
    /// <exception cref="DependencyFileException">The text is not valid TOML; the error names the first problem's line.</exception>
    public static TomlTable Parse(string text, string path)
    {
        DocumentSyntax document;
        try
        {
            document = SyntaxParser.Parse(text, path, validate: false);
        }
        catch (Exception error) when (error is not (OutOfMemoryException or OperationCanceledException))
        {
            // Tomlyn's lexer throws on some malformed input instead of reporting it (a multi-line string whose line-ending
            // backslash is the last character fails with ArgumentOutOfRangeException); that is invalid TOML, not a failure of the reader.
            throw new DependencyFileException(path, null, $"invalid TOML: the TOML parser could not read the file ({error.GetType().Name}: {error.Message})", error);
        }

        if (document.HasErrors)
        {
            var first = document.Diagnostics.FirstOrDefault(d => d.Kind == DiagnosticMessageKind.Error) ?? document.Diagnostics[0];
            throw new DependencyFileException(path, first.Span.Start.Line + 1, $"invalid TOML: {first.Message}");
        }

        return new TomlDocumentReader(path).Build(document);
    }

    private static int LineOf(SyntaxNodeBase node) => node.Span.Start.Line + 1;

    private TomlTable Build(DocumentSyntax document)
    {
        var root = new TomlTable(_path, 1) { Kind = TomlTableKind.Root };
        foreach (var keyValue in document.KeyValues)
        {
            Assign(root, keyValue, _sectionDotted);
        }

        foreach (var table in document.Tables)
        {
            _sectionDotted.Clear();
            var target = OpenHeader(root, table);
            foreach (var keyValue in table.Items)
            {
                Assign(target, keyValue, _sectionDotted);
            }
        }

        return root;
    }

    private TomlTable OpenHeader(TomlTable root, TableSyntaxBase header)
    {
        var parts = KeyParts(header.Name!);
        var line = LineOf(header);
        var current = root;
        for (var i = 0; i < parts.Count - 1; i++)
        {
            current = HeaderParent(current, parts[i], Display(parts, i), line);
        }

        var last = parts[^1];
        var path = Display(parts, parts.Count - 1);
        current.TryGet(last, out var existing);
        if (header is TableArraySyntax)
        {
            if (existing is null)
            {
                existing = new TomlArray(_path, line) { IsTableArray = true };
                current.Set(last, existing);
            }
            else if (existing is not TomlArray { IsTableArray: true })
            {
                throw Invalid(line, $"[[{path}]] cannot append to `{path}`, which line {existing.Line} defines as {existing.Describe()}");
            }

            var element = new TomlTable(_path, line) { Kind = TomlTableKind.ArrayElement };
            ((TomlArray)existing).Items.Add(element);
            return element;
        }

        switch (existing)
        {
            case null:
                var created = new TomlTable(_path, line) { Kind = TomlTableKind.Header };
                current.Set(last, created);
                return created;
            case TomlTable { Kind: TomlTableKind.Implicit } implied:
                implied.Kind = TomlTableKind.Header;
                implied.Line = line;
                return implied;
            default:
                throw Invalid(line, $"[{path}] is already defined at line {existing.Line}");
        }
    }

    private TomlTable HeaderParent(TomlTable table, string part, string path, int line)
    {
        if (!table.TryGet(part, out var node))
        {
            var implied = new TomlTable(_path, line) { Kind = TomlTableKind.Implicit };
            table.Set(part, implied);
            return implied;
        }

        return node switch
        {
            TomlTable { Kind: TomlTableKind.Inline } => throw Invalid(line, $"`{path}` is an inline table (line {node.Line}) and cannot be extended"),
            TomlTable parent => parent,
            TomlArray { IsTableArray: true, Items: [.., TomlTable last] } => last,
            _ => throw Invalid(line, $"`{path}` is {node.Describe()} (line {node.Line}), not a table"),
        };
    }

    private void Assign(TomlTable table, KeyValueSyntax keyValue, HashSet<TomlTable> dotted)
    {
        var parts = KeyParts(keyValue.Key!);
        var line = LineOf(keyValue);
        var current = table;
        for (var i = 0; i < parts.Count - 1; i++)
        {
            current = DottedParent(current, parts[i], Display(parts, i), line, dotted, current.Kind == TomlTableKind.Inline);
        }

        if (current.TryGet(parts[^1], out var existing))
        {
            throw Invalid(line, $"`{Display(parts, parts.Count - 1)}` is already defined at line {existing.Line}");
        }

        current.Set(parts[^1], Convert(keyValue.Value!));
    }

    private TomlTable DottedParent(TomlTable table, string part, string path, int line, HashSet<TomlTable> dotted, bool inline)
    {
        if (!table.TryGet(part, out var node))
        {
            var created = new TomlTable(_path, line) { Kind = inline ? TomlTableKind.Inline : TomlTableKind.Dotted };
            table.Set(part, created);
            dotted.Add(created);
            return created;
        }

        if (node is TomlTable existing && (dotted.Contains(existing) || existing.Kind == TomlTableKind.Implicit))
        {
            existing.Kind = inline ? TomlTableKind.Inline : TomlTableKind.Dotted;
            dotted.Add(existing);
            return existing;
        }

        throw Invalid(line, $"`{path}` is already defined at line {node.Line} and dotted keys cannot add to it");
    }

    private TomlNode Convert(ValueSyntax value)
    {
        var line = LineOf(value);
        switch (value)
        {
            case StringValueSyntax text:
                return new TomlScalar(_path, line, text.Value ?? string.Empty);
            case IntegerValueSyntax integer:
                return new TomlScalar(_path, line, integer.Value);
            case BooleanValueSyntax boolean:
                return new TomlScalar(_path, line, boolean.Value);
            case FloatValueSyntax number:
                return new TomlScalar(_path, line, number.Value);
            case ArraySyntax array:
                var result = new TomlArray(_path, line);
                foreach (var item in array.Items)
                {
                    result.Items.Add(Convert(item.Value!));
                }

                return result;
            case InlineTableSyntax inline:
                var table = new TomlTable(_path, line) { Kind = TomlTableKind.Inline };
                var dotted = new HashSet<TomlTable>(ReferenceEqualityComparer.Instance);
                foreach (var item in inline.Items)
                {
                    Assign(table, item.KeyValue!, dotted);
                }

                return table;
            default:
                // Date-times: kept as their text; no dependency file reads them.
                return new TomlScalar(_path, line, value.ToString()?.Trim() ?? string.Empty);
        }
    }

    private DependencyFileException Invalid(int line, string problem) => new(_path, line, $"invalid TOML: {problem}");

    private static string Display(List<string> parts, int upTo) => string.Join('.', parts.Take(upTo + 1));

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
