using TrustCheck.Inspection;

namespace TrustCheck.Policies;

/// <summary>What a policy decides on.</summary>
public sealed record PolicyInput
{
    /// <summary>Every inspected package.</summary>
    public required IReadOnlyList<PackageAssessment> Packages { get; init; }

    /// <summary>The inspection's options (the expected repository, …).</summary>
    public required InspectionOptions Options { get; init; }

    /// <summary>The inspection's time, for suppression expiry.</summary>
    public required DateTimeOffset Now { get; init; }
}
