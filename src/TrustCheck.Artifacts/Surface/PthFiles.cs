using TrustCheck.Artifacts.Archives;
using TrustCheck.Artifacts.Text;

namespace TrustCheck.Artifacts.Surface;

/// <summary>
/// <c>.pth</c> files installed at the top of site-packages. <c>site.py</c> executes every line that starts with
/// <c>import</c> followed by a space or tab, at every interpreter start, before any user code. Lines are split as
/// Python splits them (<c>\r</c>, form feed, U+2028 … end a line too) and a byte order mark is dropped, so no
/// separator hides a line from this reading that Python would run.
/// </summary>
public static class PthFiles
{
    /// <summary>The executable lines of a <c>.pth</c> file's content (leading blanks tolerated: reading more is safe).</summary>
    /// <param name="content">Its bytes.</param>
    /// <returns>The lines site.py would execute.</returns>
    public static IReadOnlyList<string> ExecutableLines(ReadOnlySpan<byte> content) =>
        [.. PythonLines.Read(content).Select(l => l.TrimStart()).Where(l => l.StartsWith("import ", StringComparison.Ordinal) || l.StartsWith("import\t", StringComparison.Ordinal))];

    /// <summary>The executing <c>.pth</c> files of a wheel.</summary>
    /// <param name="contents">The wheel's members.</param>
    /// <param name="layout">Where the members install.</param>
    /// <returns>One item per file with at least one executable line.</returns>
    public static IEnumerable<SurfaceItem> Find(ArchiveContents contents, ReleaseLayout layout)
    {
        ArgumentNullException.ThrowIfNull(contents);
        ArgumentNullException.ThrowIfNull(layout);
        foreach (var member in contents.Members)
        {
            var key = layout.ModuleKey(member.Path);
            if (!key.EndsWith(".pth", StringComparison.OrdinalIgnoreCase) || !layout.AtSitePackagesRoot(member.Path))
            {
                continue;
            }

            var lines = ExecutableLines(member.Content.Span);
            if (lines.Count > 0)
            {
                var detail = string.Join("\n", lines);
                yield return new SurfaceItem(SurfaceKind.ExecutingPth, key, member.Path, detail) { Digest = SurfaceItem.DigestOf(System.Text.Encoding.UTF8.GetBytes(detail)) };
            }
        }
    }
}
