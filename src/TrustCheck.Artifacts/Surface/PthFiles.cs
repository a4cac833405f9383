using System.Text;
using TrustCheck.Artifacts.Archives;

namespace TrustCheck.Artifacts.Surface;

/// <summary>
/// <c>.pth</c> files installed at the top of site-packages. <c>site.py</c> executes every line that starts with
/// <c>import</c> followed by a space or tab, at every interpreter start, before any user code.
/// </summary>
public static class PthFiles
{
    /// <summary>The executable lines of a <c>.pth</c> file's content.</summary>
    /// <param name="content">Its bytes.</param>
    /// <returns>The lines site.py would execute.</returns>
    public static IReadOnlyList<string> ExecutableLines(ReadOnlySpan<byte> content) =>
        [.. Encoding.UTF8.GetString(content).Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.StartsWith("import ", StringComparison.Ordinal) || l.StartsWith("import\t", StringComparison.Ordinal))];

    /// <summary>The executing <c>.pth</c> files of a wheel.</summary>
    /// <param name="contents">The wheel's members.</param>
    /// <returns>One item per file with at least one executable line.</returns>
    public static IEnumerable<SurfaceItem> Find(ArchiveContents contents)
    {
        ArgumentNullException.ThrowIfNull(contents);
        foreach (var member in contents.Members)
        {
            var key = ReleaseLayout.ModuleKey(member.Path, Packaging.DistributionKind.Wheel);
            if (!key.EndsWith(".pth", StringComparison.OrdinalIgnoreCase) || !ReleaseLayout.AtSitePackagesRoot(key, member.Path))
            {
                continue;
            }

            var lines = ExecutableLines(member.Content.Span);
            if (lines.Count > 0)
            {
                yield return new SurfaceItem(SurfaceKind.ExecutingPth, key, member.Path, string.Join("\n", lines));
            }
        }
    }
}
