namespace TrustCheck.Reports;

/// <summary>The result of an inspection. Stable and versioned: <see cref="SchemaVersion"/> changes with its shape.</summary>
public sealed record TrustReport
{
    /// <summary>The current schema version.</summary>
    public const string CurrentSchemaVersion = "1.0";

    /// <summary>The schema version of this report.</summary>
    public string SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>The TrustCheck version that made it.</summary>
    public required string ToolVersion { get; init; }

    /// <summary>When it was made.</summary>
    public required DateTimeOffset GeneratedAt { get; init; }

    /// <summary>The target environment.</summary>
    public required TargetReport Target { get; init; }

    /// <summary>Every inspected package, requested ones first.</summary>
    public required IReadOnlyList<PackageReport> Packages { get; init; }

    /// <summary>The policy's decision.</summary>
    public required PolicyReport Policy { get; init; }

    /// <summary>The dependency files read (<c>trustcheck scan</c>); absent for <c>inspect</c>.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ScanInputReport>? Inputs { get; init; }
}
