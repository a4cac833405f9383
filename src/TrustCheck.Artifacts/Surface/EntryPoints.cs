using System.Text;
using TrustCheck.Artifacts.Archives;
using TrustCheck.Artifacts.Text;

namespace TrustCheck.Artifacts.Surface;

/// <summary>
/// A wheel's <c>entry_points.txt</c>: the console and GUI scripts it puts on PATH, and the groups other tools load by
/// themselves (pytest plugins, setuptools and distutils hooks), which run code without anyone importing the project.
/// </summary>
public static class EntryPoints
{
    /// <summary>The groups another tool loads on its own when it runs.</summary>
    public static readonly IReadOnlySet<string> AutoLoadedGroups = new HashSet<string>(StringComparer.Ordinal)
    {
        "pytest11", "setuptools.finalize_distribution_options", "distutils.setup_keywords", "distutils.commands", "egg_info.writers",
        "setuptools.file_finders", "setuptools.installation", "flake8.extension", "flake8.report", "sphinx.builders", "jupyter_serverextension",
    };

    /// <summary>The scripts (each marked when it shadows a common command of another project) and one item per auto-loaded group.</summary>
    /// <param name="contents">The wheel's members.</param>
    /// <param name="normalizedProject">The project's PEP 503 name.</param>
    /// <returns>The items.</returns>
    public static IEnumerable<SurfaceItem> Find(ArchiveContents contents, string normalizedProject)
    {
        ArgumentNullException.ThrowIfNull(contents);
        var file = contents.Members.FirstOrDefault(m => MemberPaths.Key(m.Path) is var key && key.Count(c => c == '/') == 1 && key.EndsWith(".dist-info/entry_points.txt", StringComparison.Ordinal));
        if (file is null)
        {
            yield break;
        }

        var groups = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        string? group = null;
        foreach (var raw in PythonLines.Read(file.Content.Span))
        {
            var line = raw.Trim();
            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                group = line[1..^1].Trim();
                continue;
            }

            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (group is null || equals <= 0 || line.StartsWith('#') || line.StartsWith(';'))
            {
                continue;
            }

            var name = line[..equals].Trim();
            var entry = name + " = " + line[(equals + 1)..].Trim();
            if (group is "console_scripts" or "gui_scripts")
            {
                yield return new SurfaceItem(SurfaceKind.EntryPoint, group + ":" + name, file.Path, entry)
                {
                    ShadowsCommand = CommonCommands.Contains(name) && !CommonCommands.IsOwn(name, normalizedProject),
                    Digest = SurfaceItem.DigestOf(Encoding.UTF8.GetBytes(entry)),
                };
            }
            else if (AutoLoadedGroups.Contains(group))
            {
                (groups.TryGetValue(group, out var entries) ? entries : groups[group] = []).Add(entry);
            }
        }

        foreach (var (name, entries) in groups.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var detail = string.Join("; ", entries.Order(StringComparer.Ordinal));
            yield return new SurfaceItem(SurfaceKind.AutoLoadedEntryPoints, "group:" + name, file.Path, $"[{name}] {detail}") { Digest = SurfaceItem.DigestOf(Encoding.UTF8.GetBytes(detail)) };
        }
    }
}
