using TrustCheck.Artifacts.Findings;
using TrustCheck.Artifacts.Surface;

namespace TrustCheck.Artifacts.Assessment;

/// <summary>The finding each kind of surface element gives, by what it is and whether it is new or changed.</summary>
internal static class SurfaceFindings
{
    public static ArtifactFinding? Of(SurfaceItem item, Novelty novelty, string? since)
    {
        var (code, severity, message) = item.Kind switch
        {
            SurfaceKind.ExecutingPth => (SurfaceCodes.ExecutingPth, Weighed(ArtifactSeverity.Medium, novelty), $"{item.Member} runs code at every interpreter start: {item.Detail}"),
            SurfaceKind.StartupModule => (SurfaceCodes.StartupModule, Weighed(ArtifactSeverity.Medium, novelty), $"{item.Member} is {item.Detail}"),
            SurfaceKind.EntryPoint when item.ShadowsCommand => (SurfaceCodes.ShadowingEntryPoint, Weighed(ArtifactSeverity.High, novelty), $"The {(item.Key.StartsWith("scripts:", StringComparison.Ordinal) ? "script" : "entry point")} '{item.Detail}' installs a command that shadows a common command of another project"),
            SurfaceKind.EntryPoint when novelty is Novelty.New or Novelty.Changed => (SurfaceCodes.NewEntryPoint, ArtifactSeverity.Low, $"The {(item.Key.StartsWith("scripts:", StringComparison.Ordinal) ? "script" : "entry point")} '{item.Detail}' is new or changed"),
            SurfaceKind.AutoLoadedEntryPoints => (SurfaceCodes.AutoLoadedEntryPoints, AutoLoaded(novelty), $"Entry points another tool loads by itself: {item.Detail}"),
            SurfaceKind.NativeCode => (SurfaceCodes.NativeCode, Weighed(ArtifactSeverity.Medium, novelty), $"{item.Member} is native code ({item.Detail}) where pure Python was declared"),
            SurfaceKind.OrphanBytecode => (SurfaceCodes.OrphanBytecode, Weighed(ArtifactSeverity.Medium, novelty), $"{item.Member} is {item.Detail}"),
            SurfaceKind.InstallHook => (SurfaceCodes.InstallHook, Weighed(ArtifactSeverity.Medium, novelty), $"{item.Detail}: custom code runs when pip builds or installs the sdist"),
            SurfaceKind.InTreeBuildBackend => (SurfaceCodes.InTreeBuildBackend, Weighed(ArtifactSeverity.Medium, novelty), $"The sdist builds with a backend it ships itself ({item.Detail})"),
            _ => (string.Empty, ArtifactSeverity.Info, string.Empty),
        };
        return code.Length == 0
            ? null
            : new ArtifactFinding(code, severity, message + ReleaseAssessment.Suffix(novelty, since), ReleaseAssessment.Evidence(item.Member, null, null, novelty, since, ("key", item.Key)));
    }

    private static ArtifactSeverity Weighed(ArtifactSeverity severity, Novelty novelty) => SeverityScale.Weigh(severity, null, novelty);

    /// <summary>A group the previous release did not use is High; new or changed entries in a known group are Low; a first release's groups are Low.</summary>
    private static ArtifactSeverity AutoLoaded(Novelty novelty) => novelty switch
    {
        Novelty.Unchanged => ArtifactSeverity.Info,
        Novelty.New => ArtifactSeverity.High,
        _ => ArtifactSeverity.Low,
    };
}
