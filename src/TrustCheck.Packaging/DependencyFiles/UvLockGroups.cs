namespace TrustCheck.Packaging.DependencyFiles;

/// <summary>
/// Works out which packages of a uv lock only an extra (<c>[package.optional-dependencies]</c>) or a dependency group
/// (<c>[package.dev-dependencies]</c>) of the workspace members pulls in: the packages reachable from the members'
/// main <c>dependencies</c> belong to no group; any other package takes the first group, in file order, that reaches it.
/// </summary>
internal static class UvLockGroups
{
    /// <summary>Group names by normalized package name (packages of no group are absent).</summary>
    public static IReadOnlyDictionary<string, string> Assign(IReadOnlyList<TomlTable> packages)
    {
        var byName = packages
            .Where(p => p.OptionalString("name") is not null)
            .GroupBy(p => PackageName.Normalize(p.RequiredString("name")), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        var members = packages.Where(p => p.OptionalTable("source") is { } source && (source.TryGet("editable", out _) || source.TryGet("virtual", out _))).ToArray();
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (members.Length == 0)
        {
            return result;
        }

        var main = Closure(members.SelectMany(m => Edges(m.Tables("dependencies"))), byName);
        foreach (var member in members)
        {
            foreach (var table in (ReadOnlySpan<string>)["optional-dependencies", "dev-dependencies"])
            {
                foreach (var (group, node) in member.OptionalTable(table)?.Entries ?? [])
                {
                    var direct = Edges((node as TomlArray)?.Items.OfType<TomlTable>() ?? []);
                    foreach (var name in Closure(direct, byName))
                    {
                        if (!main.Contains(name))
                        {
                            result.TryAdd(name, group);
                        }
                    }
                }
            }
        }

        return result;
    }

    private static IEnumerable<(string Name, string[] Extras)> Edges(IEnumerable<TomlTable> dependencies) =>
        dependencies
            .Where(d => d.OptionalString("name") is not null)
            .Select(d => (PackageName.Normalize(d.RequiredString("name")), d.Strings("extra").Select(e => e.Value).ToArray()));

    private static HashSet<string> Closure(IEnumerable<(string Name, string[] Extras)> start, Dictionary<string, TomlTable[]> byName)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var seenExtras = new HashSet<(string, string)>();
        var queue = new Queue<(string Name, string[] Extras)>(start);
        while (queue.TryDequeue(out var edge))
        {
            var firstVisit = seen.Add(edge.Name);
            if (!byName.TryGetValue(edge.Name, out var entries))
            {
                continue;
            }

            foreach (var entry in entries)
            {
                if (firstVisit)
                {
                    foreach (var next in Edges(entry.Tables("dependencies")))
                    {
                        queue.Enqueue(next);
                    }
                }

                foreach (var extra in edge.Extras.Where(e => seenExtras.Add((edge.Name, PackageName.Normalize(e)))))
                {
                    var optional = entry.OptionalTable("optional-dependencies");
                    var items = optional?.Entries.FirstOrDefault(e => PackageName.Normalize(e.Key) == PackageName.Normalize(extra)).Value as TomlArray;
                    foreach (var next in Edges(items?.Items.OfType<TomlTable>() ?? []))
                    {
                        queue.Enqueue(next);
                    }
                }
            }
        }

        return seen;
    }
}
