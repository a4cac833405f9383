namespace TrustCheck.Reports.Analysis;

/// <summary>A finding of the analysis of a file.</summary>
public sealed record AnalysisFindingReport
{
    /// <summary>The stable code (TC10xxx).</summary>
    public required string Code { get; init; }

    /// <summary><c>info</c>, <c>low</c>, <c>medium</c>, <c>high</c> or <c>critical</c>.</summary>
    public required string Severity { get; init; }

    /// <summary>The message.</summary>
    public required string Message { get; init; }

    /// <summary>The facts behind it (<c>member</c>, <c>line</c>, <c>location</c>, <c>novelty</c>, <c>baseline</c>, …).</summary>
    public IReadOnlyDictionary<string, string> Evidence { get; init; } = new Dictionary<string, string>();
}
