using TrustCheck.Artifacts.Archives;

namespace TrustCheck.Artifacts.Surface;

/// <summary><c>sitecustomize</c> and <c>usercustomize</c> at the top of site-packages: <c>site.py</c> imports them at every interpreter start.</summary>
public static class StartupModules
{
    /// <summary>Whether a key names a start-up module.</summary>
    /// <param name="key">The member's key (see <see cref="ReleaseLayout.ModuleKey"/>).</param>
    public static bool IsStartupModule(string key) =>
        key is "sitecustomize.py" or "usercustomize.py" or "sitecustomize/__init__.py" or "usercustomize/__init__.py";

    /// <summary>The start-up modules of a wheel.</summary>
    /// <param name="contents">The wheel's members.</param>
    /// <param name="layout">Where the members install.</param>
    public static IEnumerable<SurfaceItem> Find(ArchiveContents contents, ReleaseLayout layout)
    {
        ArgumentNullException.ThrowIfNull(contents);
        ArgumentNullException.ThrowIfNull(layout);
        return contents.Members
            .Where(m => layout.InSitePackages(m.Path) && IsStartupModule(layout.ModuleKey(m.Path)))
            .Select(m => new SurfaceItem(SurfaceKind.StartupModule, layout.ModuleKey(m.Path), m.Path, "imported by site.py at every interpreter start") { Digest = SurfaceItem.DigestOf(m.Content.Span) });
    }
}
