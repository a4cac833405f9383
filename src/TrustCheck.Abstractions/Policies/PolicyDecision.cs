using TrustCheck.Reports;

namespace TrustCheck.Policies;

/// <summary>A policy's decision.</summary>
public sealed record PolicyDecision
{
    /// <summary>Whether every package passed.</summary>
    public bool Passed => Violations.Count == 0;

    /// <summary>What failed.</summary>
    public IReadOnlyList<PolicyViolation> Violations { get; init; } = [];

    /// <summary>The findings the policy silenced (they no longer count toward the recommendation).</summary>
    public IReadOnlyList<AppliedSuppression> Suppressions { get; init; } = [];

    /// <summary>Findings the policy itself raises (an expired suppression, say), by package id.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Findings.Finding>> Findings { get; init; } = new Dictionary<string, IReadOnlyList<Findings.Finding>>();
}
