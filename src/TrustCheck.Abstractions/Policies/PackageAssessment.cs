using TrustCheck.Evidence.Release;
using TrustCheck.Findings;
using TrustCheck.Reports;

namespace TrustCheck.Policies;

/// <summary>One package as a policy sees it.</summary>
public sealed record PackageAssessment
{
    /// <summary>The normalized name.</summary>
    public required string Name { get; init; }

    /// <summary>The version.</summary>
    public required string Version { get; init; }

    /// <summary>Whether the user asked for it.</summary>
    public bool IsRoot { get; init; }

    /// <summary>Every finding of every provider.</summary>
    public required IReadOnlyList<Finding> Findings { get; init; }

    /// <summary>The recommendation from the findings alone, before suppressions.</summary>
    public required Recommendation Recommendation { get; init; }

    /// <summary>The files with their verified provenance.</summary>
    public IReadOnlyList<DistributionEvidence> Files { get; init; } = [];

    /// <summary>Whether a provider could not conclude.</summary>
    public bool HasIndeterminateSignals { get; init; }

    /// <summary><c>name==version</c>.</summary>
    public string Id => $"{Name}=={Version}";
}
