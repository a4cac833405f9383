namespace TrustCheck.Inspection;

/// <summary>What to inspect and how.</summary>
public sealed record InspectionRequest
{
    /// <summary>The packages asked for.</summary>
    public required IReadOnlyList<PackageRequest> Packages { get; init; }

    /// <summary>How far to follow dependencies.</summary>
    public DependencyMode Dependencies { get; init; } = DependencyMode.None;

    /// <summary>The settings every package is judged with.</summary>
    public InspectionOptions Options { get; init; } = new();

    /// <summary>The policy to apply (a built-in profile name or a registered policy's name); null: <c>default</c>.</summary>
    public string? Policy { get; init; }

    /// <summary>Told about progress (packages resolved and inspected), for long trees.</summary>
    public IProgress<InspectionProgress>? Progress { get; init; }
}
