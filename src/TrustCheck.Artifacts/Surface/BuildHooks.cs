using System.Text;
using System.Text.RegularExpressions;
using TrustCheck.Artifacts.Archives;
using TrustCheck.Artifacts.Python;
using TrustCheck.Packaging;

namespace TrustCheck.Artifacts.Surface;

/// <summary>
/// What an sdist runs when pip builds it: <c>setup.py</c> command overrides (<c>cmdclass</c>) and a build backend
/// shipped inside the sdist (<c>backend-path</c> in <c>pyproject.toml</c>).
/// </summary>
public static partial class BuildHooks
{
    /// <summary>The sdist's build hooks.</summary>
    /// <param name="contents">The sdist's members.</param>
    public static IEnumerable<SurfaceItem> Find(ArchiveContents contents)
    {
        ArgumentNullException.ThrowIfNull(contents);
        foreach (var member in contents.Members)
        {
            var key = ReleaseLayout.ModuleKey(member.Path, DistributionKind.SourceDistribution);
            if (key == "setup.py")
            {
                var source = PythonSource.Decode(member.Content.Span);
                var hook = source.Tokens.FirstOrDefault(t => t.Kind == PythonTokenKind.Name && source.TextOf(t).SequenceEqual("cmdclass"));
                if (hook.Kind == PythonTokenKind.Name && hook.Length > 0)
                {
                    yield return new SurfaceItem(SurfaceKind.InstallHook, "setup.py:cmdclass", member.Path, $"setup.py line {hook.Line} overrides setup commands (cmdclass)");
                }
            }
            else if (key == "pyproject.toml" && BackendPath().Match(Encoding.UTF8.GetString(member.Content.Span)) is { Success: true } match)
            {
                yield return new SurfaceItem(SurfaceKind.InTreeBuildBackend, "pyproject.toml:backend-path", member.Path, match.Value.Trim());
            }
        }
    }

    [GeneratedRegex(@"^\s*backend-path\s*=.*$", RegexOptions.Multiline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BackendPath();
}
