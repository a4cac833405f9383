using TrustCheck.Artifacts.Archives;

namespace TrustCheck.Artifacts.Surface;

/// <summary>Compiled bytecode (<c>*.pyc</c>) that ships without its source: code no reviewer can read.</summary>
public static class OrphanBytecode
{
    /// <summary>The <c>.pyc</c> members whose <c>.py</c> is not in the archive.</summary>
    /// <param name="contents">The archive's members.</param>
    /// <param name="layout">Where the members install.</param>
    public static IEnumerable<SurfaceItem> Find(ArchiveContents contents, ReleaseLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(contents);
        var paths = contents.Members.Select(m => m.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var member in contents.Members.Where(m => m.Path.EndsWith(".pyc", StringComparison.OrdinalIgnoreCase)))
        {
            if (!paths.Contains(SourceOf(member.Path)))
            {
                yield return new SurfaceItem(SurfaceKind.OrphanBytecode, layout.ModuleKey(member.Path), member.Path, "bytecode without " + SourceOf(member.Path)) { Digest = SurfaceItem.DigestOf(member.Content.Span) };
            }
        }
    }

    private static string SourceOf(string pyc)
    {
        var slash = pyc.LastIndexOf('/');
        var folder = slash < 0 ? string.Empty : pyc[..(slash + 1)];
        var name = pyc[(slash + 1)..^".pyc".Length];
        if (folder.EndsWith("__pycache__/", StringComparison.Ordinal))
        {
            folder = folder[..^"__pycache__/".Length];
            var dot = name.IndexOf('.', StringComparison.Ordinal);
            name = dot < 0 ? name : name[..dot];
        }

        return folder + name + ".py";
    }
}
