namespace TrustCheck.Reports.NameCheck;

/// <summary>
/// The result of checking project names against the popular-projects corpus (<c>trustcheck name-check</c>). Stable
/// and versioned: <see cref="SchemaVersion"/> changes with its shape.
/// </summary>
public sealed record NameCheckReport
{
    /// <summary>The current schema version.</summary>
    public const string CurrentSchemaVersion = "1.0";

    /// <summary>The schema version of this report.</summary>
    public string SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>One result per checked name, in the order given.</summary>
    public required IReadOnlyList<NameCheckResult> Results { get; init; }

    /// <summary>The corpus the names were checked against.</summary>
    public required NameCorpusReport Corpus { get; init; }
}
