using TrustCheck.Artifacts.Analysis;
using TrustCheck.Packaging;
using TrustCheck.Reports.Analysis;

namespace TrustCheck.Analysis;

/// <summary>Maps an <see cref="ArtifactAnalysis"/> to its stable report form.</summary>
internal static class AnalysisReports
{
    public static AnalyzedFileReport ToReport(ArtifactAnalysis analysis) => new()
    {
        Filename = analysis.Filename,
        Sha256 = analysis.Sha256,
        Kind = analysis.Kind == DistributionKind.Wheel ? "wheel" : "sdist",
        Baseline = analysis.Baseline,
        Findings = [.. analysis.Findings.Select(f => new AnalysisFindingReport
        {
            Code = f.Code,
            Severity = f.Severity.ToString().ToLowerInvariant(),
            Message = f.Message,
            Evidence = f.Evidence,
        })],
    };
}
