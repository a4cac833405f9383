using System.Text;
using TrustCheck.Artifacts.Archives;

namespace TrustCheck.Artifacts.Surface;

/// <summary>The console and GUI scripts a wheel's <c>entry_points.txt</c> puts on PATH.</summary>
public static class EntryPoints
{
    /// <summary>The scripts, each marked when it shadows a common command of another project.</summary>
    /// <param name="contents">The wheel's members.</param>
    /// <param name="normalizedProject">The project's PEP 503 name.</param>
    /// <returns>One item per console or GUI script.</returns>
    public static IEnumerable<SurfaceItem> Find(ArchiveContents contents, string normalizedProject)
    {
        ArgumentNullException.ThrowIfNull(contents);
        var file = contents.Members.FirstOrDefault(m => m.Path.Count(c => c == '/') == 1 && m.Path.EndsWith(".dist-info/entry_points.txt", StringComparison.Ordinal));
        if (file is null)
        {
            yield break;
        }

        string? group = null;
        foreach (var raw in Encoding.UTF8.GetString(file.Content.Span).Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                group = line[1..^1].Trim();
                continue;
            }

            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (group is not ("console_scripts" or "gui_scripts") || equals <= 0 || line.StartsWith('#') || line.StartsWith(';'))
            {
                continue;
            }

            var name = line[..equals].Trim();
            yield return new SurfaceItem(SurfaceKind.EntryPoint, group + ":" + name, file.Path, name + " = " + line[(equals + 1)..].Trim())
            {
                ShadowsCommand = CommonCommands.Contains(name) && !CommonCommands.IsOwn(name, normalizedProject),
            };
        }
    }
}
