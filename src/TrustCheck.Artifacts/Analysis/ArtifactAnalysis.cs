using TrustCheck.Artifacts.Findings;
using TrustCheck.Packaging;

namespace TrustCheck.Artifacts.Analysis;

/// <summary>What the analysis of one distribution file found.</summary>
/// <param name="Filename">The file analysed.</param>
/// <param name="Sha256">Its SHA-256, lower-case hex.</param>
/// <param name="Kind">Wheel or sdist.</param>
/// <param name="Baseline">The file it was compared with (the previous release's file of the same kind), or null.</param>
/// <param name="Findings">The findings, most severe first.</param>
public sealed record ArtifactAnalysis(string Filename, string Sha256, DistributionKind Kind, string? Baseline, IReadOnlyList<ArtifactFinding> Findings)
{
    /// <summary>The most severe finding's severity, or null when there is none.</summary>
    public ArtifactSeverity? HighestSeverity => Findings.Count == 0 ? null : Findings.Max(f => f.Severity);
}
