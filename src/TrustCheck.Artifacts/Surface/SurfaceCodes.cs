namespace TrustCheck.Artifacts.Surface;

/// <summary>The finding codes of the install-time and import-time execution surface (TC102xx); see docs/signals/release-contents.md.</summary>
public static class SurfaceCodes
{
    /// <summary>A <c>.pth</c> file executes code at every interpreter start (Medium; High when new, Info when the previous release had it).</summary>
    public const string ExecutingPth = "TC10201";

    /// <summary>An entry point puts a command on PATH that shadows a common command of another project (High).</summary>
    public const string ShadowingEntryPoint = "TC10202";

    /// <summary>Native code in a wheel tagged pure Python, or in an sdist (Medium; High when new, Info when the previous release had it).</summary>
    public const string NativeCode = "TC10203";

    /// <summary>Compiled bytecode without its source (Medium; High when new, Info when the previous release had it).</summary>
    public const string OrphanBytecode = "TC10204";

    /// <summary>An sdist's <c>setup.py</c> overrides install or build commands (Medium; High when new, Info when the previous release had it).</summary>
    public const string InstallHook = "TC10205";

    /// <summary>An sdist builds with a backend it ships itself (Medium; High when new, Info when the previous release had it).</summary>
    public const string InTreeBuildBackend = "TC10206";

    /// <summary>An entry point or script the previous release did not have, or one whose target changed (Low).</summary>
    public const string NewEntryPoint = "TC10207";

    /// <summary>A <c>sitecustomize</c>/<c>usercustomize</c> module: runs at every interpreter start (Medium; High when new or changed, Info when unchanged).</summary>
    public const string StartupModule = "TC10208";

    /// <summary>Entry points in a group another tool loads by itself (pytest11, setuptools and distutils hooks) (Low; High when the group is new).</summary>
    public const string AutoLoadedEntryPoints = "TC10209";
}
