using System.Text;
using TrustCheck.Artifacts.Archives;
using TrustCheck.Artifacts.Python;
using TrustCheck.Artifacts.Text;

namespace TrustCheck.Artifacts.Surface;

/// <summary>
/// What an sdist runs when pip builds it: <c>setup.py</c> command overrides (<c>cmdclass</c>, as a keyword or as a
/// <c>'cmdclass'</c> key of an unpacked dict) and a build backend shipped inside the sdist (<c>backend-path</c> in
/// <c>pyproject.toml</c>).
/// </summary>
public static class BuildHooks
{
    /// <summary>The sdist's build hooks.</summary>
    /// <param name="contents">The sdist's members.</param>
    /// <param name="layout">Where the members land when the sdist is unpacked.</param>
    public static IEnumerable<SurfaceItem> Find(ArchiveContents contents, ReleaseLayout layout)
    {
        ArgumentNullException.ThrowIfNull(contents);
        ArgumentNullException.ThrowIfNull(layout);
        foreach (var member in contents.Members)
        {
            var key = layout.ModuleKey(member.Path);
            if (key == "setup.py" && CommandOverride(member.Content.Span) is { } line)
            {
                yield return new SurfaceItem(SurfaceKind.InstallHook, "setup.py:cmdclass", member.Path, $"setup.py line {line} overrides setup commands (cmdclass)") { Digest = SurfaceItem.DigestOf(member.Content.Span) };
            }
            else if (key == "pyproject.toml" && PythonLines.Read(member.Content.Span).FirstOrDefault(l => l.TrimStart().StartsWith("backend-path", StringComparison.Ordinal)) is { } backend)
            {
                var detail = backend.Trim();
                yield return new SurfaceItem(SurfaceKind.InTreeBuildBackend, "pyproject.toml:backend-path", member.Path, detail) { Digest = SurfaceItem.DigestOf(Encoding.UTF8.GetBytes(detail)) };
            }
        }
    }

    /// <summary>The line of the first <c>cmdclass</c> (name or string key), or null.</summary>
    private static int? CommandOverride(ReadOnlySpan<byte> setup)
    {
        var source = PythonSource.Decode(setup);
        foreach (var token in source.Tokens)
        {
            if ((token.Kind == PythonTokenKind.Name && source.TextOf(token).SequenceEqual("cmdclass"))
                || (token.Kind == PythonTokenKind.String && token.Length < 32 && PythonStringLiteral.Value(source.TextOf(token)) == "cmdclass"))
            {
                return token.Line;
            }
        }

        return null;
    }
}
