using TrustCheck.Artifacts.Archives;

namespace TrustCheck.Artifacts.Surface;

/// <summary>A wheel's scripts (<c>*.data/scripts/</c>): installed on PATH under their own names, like entry points.</summary>
public static class Scripts
{
    /// <summary>Whether a script is Python (a <c>.py</c> name or a shebang naming python): it is scanned like a module.</summary>
    /// <param name="member">The member.</param>
    public static bool IsPython(ArchiveMember member)
    {
        ArgumentNullException.ThrowIfNull(member);
        var head = member.Content.Span[..Math.Min(member.Content.Length, 256)];
        var newline = head.IndexOf((byte)'\n');
        var first = newline < 0 ? head : head[..newline];
        return member.Path.EndsWith(".py", StringComparison.OrdinalIgnoreCase) || (first.StartsWith("#!"u8) && first.IndexOf("python"u8) >= 0);
    }

    /// <summary>The scripts whose names shadow a common command of another project.</summary>
    /// <param name="contents">The wheel's members.</param>
    /// <param name="layout">Where the members install.</param>
    /// <param name="normalizedProject">The project's PEP 503 name.</param>
    public static IEnumerable<SurfaceItem> Find(ArchiveContents contents, ReleaseLayout layout, string normalizedProject)
    {
        ArgumentNullException.ThrowIfNull(contents);
        ArgumentNullException.ThrowIfNull(layout);
        foreach (var member in contents.Members.Where(m => layout.IsScript(m.Path)))
        {
            var key = layout.ModuleKey(member.Path);
            var command = key[(key.LastIndexOf('/') + 1)..];
            var stem = command.EndsWith(".py", StringComparison.OrdinalIgnoreCase) ? command[..^3] : command;
            yield return new SurfaceItem(SurfaceKind.EntryPoint, "scripts:" + command, member.Path, $"script {command}")
            {
                ShadowsCommand = CommonCommands.Contains(stem) && !CommonCommands.IsOwn(stem, normalizedProject),
                Digest = SurfaceItem.DigestOf(member.Content.Span),
            };
        }
    }
}
