namespace TrustCheck.Reports;

/// <summary>The verdict for one release and what it rests on.</summary>
public sealed record PackageReport
{
    /// <summary>The PEP 503 normalized name.</summary>
    public required string Name { get; init; }

    /// <summary>The version.</summary>
    public required string Version { get; init; }

    /// <summary>Whether the user asked for it (not a dependency).</summary>
    public bool Root { get; init; }

    /// <summary>The verdict (JSON: kebab-case).</summary>
    public required Recommendation Recommendation { get; init; }

    /// <summary>The trust score, 0–100.</summary>
    public int Score { get; init; }

    /// <summary>Which findings moved the score and by how much.</summary>
    public IReadOnlyList<ScoreContribution> ScoreBreakdown { get; init; } = [];

    /// <summary>The findings (suppressed ones included, marked).</summary>
    public IReadOnlyList<FindingReport> Findings { get; init; } = [];

    /// <summary>The files with their provenance.</summary>
    public IReadOnlyList<FileReport> Files { get; init; } = [];

    /// <summary>The package's dependency edges (when dependencies were resolved).</summary>
    public IReadOnlyList<DependencyReport> Dependencies { get; init; } = [];

    /// <summary>The packages that depend on it in this inspection's graph.</summary>
    public IReadOnlyList<string> RequiredBy { get; init; } = [];

    /// <summary>How each provider fared.</summary>
    public IReadOnlyList<SignalReport> Signals { get; init; } = [];

    /// <summary>Where the scanned dependency files declare it (<c>trustcheck scan</c>); absent for <c>inspect</c>.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<DeclarationReport>? DeclaredIn { get; init; }
}
