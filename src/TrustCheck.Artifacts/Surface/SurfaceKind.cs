namespace TrustCheck.Artifacts.Surface;

/// <summary>A way a distribution runs code at install or import time, or carries code that cannot be read.</summary>
public enum SurfaceKind
{
    /// <summary>A <c>.pth</c> file with a line that executes (runs at every interpreter start).</summary>
    ExecutingPth,

    /// <summary>A console or GUI entry point (a command put on PATH).</summary>
    EntryPoint,

    /// <summary>Native code (ELF, PE, Mach-O) where pure Python was declared.</summary>
    NativeCode,

    /// <summary>Compiled bytecode with no source beside it.</summary>
    OrphanBytecode,

    /// <summary>An sdist's <c>setup.py</c> overriding install or build commands (<c>cmdclass</c>).</summary>
    InstallHook,

    /// <summary>An sdist that builds with a backend shipped inside itself (<c>backend-path</c>).</summary>
    InTreeBuildBackend,

    /// <summary><c>sitecustomize</c>/<c>usercustomize</c>: imported at every interpreter start.</summary>
    StartupModule,

    /// <summary>Entry points in a group another tool loads on its own (pytest plugins, setuptools hooks).</summary>
    AutoLoadedEntryPoints,
}
