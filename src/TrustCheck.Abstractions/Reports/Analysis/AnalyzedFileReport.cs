namespace TrustCheck.Reports.Analysis;

/// <summary>What the analysis of one file found.</summary>
public sealed record AnalyzedFileReport
{
    /// <summary>The file name.</summary>
    public required string Filename { get; init; }

    /// <summary>The SHA-256 of its bytes, lower-case hex.</summary>
    public required string Sha256 { get; init; }

    /// <summary><c>wheel</c> or <c>sdist</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>The file it was compared with (<c>--baseline</c>), or null.</summary>
    public string? Baseline { get; init; }

    /// <summary>The findings, most severe first.</summary>
    public required IReadOnlyList<AnalysisFindingReport> Findings { get; init; }
}
