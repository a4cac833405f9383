namespace TrustCheck.Packaging.DependencyFiles;

/// <summary>
/// Reads the declared (not locked) requirements of a <c>pyproject.toml</c>: <c>[project] dependencies</c>,
/// <c>[project.optional-dependencies]</c> (group = the extra) and PEP 735 <c>[dependency-groups]</c> (group = the
/// group, <c>{include-group = "…"}</c> expanded, cycles rejected). A file with none of these has no dependencies.
/// </summary>
public static class PyprojectFileReader
{
    /// <summary>Reads a <c>pyproject.toml</c> file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Limits; defaults when null.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="DependencyFileException">The file cannot be read, is not valid TOML, or holds an invalid
    /// requirement or group; the error names the file and line.</exception>
    public static async Task<DependencyFileContents> ReadAsync(string path, DependencyFileReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        var (fullPath, root) = await TomlDependencyFile.ReadAsync(path, options, cancellationToken).ConfigureAwait(false);
        return Read(fullPath, root);
    }

    /// <summary>Reads a parsed document.</summary>
    internal static DependencyFileContents Read(string path, TomlTable root)
    {
        var contents = new DependencyFileContentsBuilder(path, DependencyFileFormat.Pyproject);
        if (root.OptionalTable("project") is { } project)
        {
            foreach (var (text, node) in project.Strings("dependencies"))
            {
                AddRequirement(contents, text, node, group: null);
            }

            foreach (var (extra, node) in project.OptionalTable("optional-dependencies")?.Entries ?? [])
            {
                foreach (var (text, item) in StringsOf(node, $"[project.optional-dependencies] `{extra}`"))
                {
                    AddRequirement(contents, text, item, extra);
                }
            }
        }

        if (root.OptionalTable("dependency-groups") is { } groups)
        {
            var byName = new Dictionary<string, (string Name, TomlNode Node)>(StringComparer.Ordinal);
            foreach (var (name, node) in groups.Entries)
            {
                if (!byName.TryAdd(PackageName.Normalize(name), (name, node)))
                {
                    throw node.Error($"dependency group '{name}' is defined twice (group names are compared normalized)");
                }
            }

            foreach (var (name, node) in groups.Entries)
            {
                foreach (var (text, item) in Expand(name, node, byName, [PackageName.Normalize(name)]))
                {
                    AddRequirement(contents, text, item, name);
                }
            }
        }

        return contents.Build();
    }

    /// <summary>The requirements of a dependency group, its <c>include-group</c> entries expanded in place.</summary>
    private static IEnumerable<(string Text, TomlNode Node)> Expand(
        string name, TomlNode group, Dictionary<string, (string Name, TomlNode Node)> byName, List<string> chain)
    {
        var items = group as TomlArray ?? throw group.Error($"dependency group '{name}' must be an array, not {group.Describe()}");
        foreach (var item in items.Items)
        {
            switch (item)
            {
                case TomlScalar { Value: string text }:
                    yield return (text, item);
                    break;
                case TomlTable table when table.OptionalString("include-group") is { } included && table.Entries.Count() == 1:
                    var key = PackageName.Normalize(included);
                    if (!byName.TryGetValue(key, out var target))
                    {
                        throw table.Error($"dependency group '{name}' includes '{included}', which is not defined");
                    }

                    if (chain.Contains(key, StringComparer.Ordinal))
                    {
                        var names = chain.Select(n => byName[n].Name).Append(target.Name);
                        throw table.Error($"dependency group '{name}' includes '{included}', which makes a cycle: {string.Join(" -> ", names)}");
                    }

                    chain.Add(key);
                    foreach (var entry in Expand(target.Name, target.Node, byName, chain))
                    {
                        yield return entry;
                    }

                    chain.RemoveAt(chain.Count - 1);
                    break;
                default:
                    throw item.Error($"dependency group '{name}' may hold requirement strings and {{include-group = \"…\"}} tables, not {item.Describe()}");
            }
        }
    }

    private static IEnumerable<(string Text, TomlNode Node)> StringsOf(TomlNode node, string what) =>
        (node as TomlArray ?? throw node.Error($"{what} must be an array, not {node.Describe()}")).Items
            .Select(item => item is TomlScalar { Value: string text } ? (text, item) : throw item.Error($"the items of {what} must be strings, not {item.Describe()}"));

    private static void AddRequirement(DependencyFileContentsBuilder contents, string text, TomlNode node, string? group)
    {
        Requirement requirement;
        try
        {
            requirement = Requirement.Parse(text);
        }
        catch (DependencySyntaxException error)
        {
            throw new DependencyFileException(node.File, node.Line, $"invalid requirement '{text}': {error.Problem ?? error.Message}", error);
        }

        if (requirement.Url is { } url)
        {
            contents.Add(new NotInspectableEntry(text, DirectReferences.ReasonForUrl(url), node.Location, requirement.PackageName));
            return;
        }

        contents.Add(DeclaredRequirements.FromRequirement(requirement, text, node.Location, group: group));
    }
}
