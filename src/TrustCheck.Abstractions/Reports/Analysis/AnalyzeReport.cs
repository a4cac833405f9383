namespace TrustCheck.Reports.Analysis;

/// <summary>
/// The result of analysing distribution files offline (<c>trustcheck analyze</c>). Stable and versioned:
/// <see cref="SchemaVersion"/> changes with its shape.
/// </summary>
public sealed record AnalyzeReport
{
    /// <summary>The current schema version.</summary>
    public const string CurrentSchemaVersion = "1.0";

    /// <summary>The schema version of this report.</summary>
    public string SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>One entry per analysed file, in the order given.</summary>
    public required IReadOnlyList<AnalyzedFileReport> Files { get; init; }
}
