using TrustCheck.Findings;
using TrustCheck.Reports;

namespace TrustCheck.Policies;

/// <summary>The rules a policy enforces. Built-in profiles are presets; a policy file starts from one and changes it.</summary>
public sealed record PolicyRules
{
    /// <summary>Recommendations that fail a package.</summary>
    public IReadOnlySet<Recommendation> FailOn { get; init; } = new HashSet<Recommendation> { Recommendation.HighRisk };

    /// <summary>Fail on any unsuppressed finding at or above this severity; null: off.</summary>
    public Severity? FailOnSeverity { get; init; }

    /// <summary>Fail a package whose files are not all verified.</summary>
    public bool RequireVerifiedProvenance { get; init; }

    /// <summary>Fail on any unsuppressed vulnerability finding (TC6xxx).</summary>
    public bool FailOnVulnerabilities { get; init; }

    /// <summary>Fail unless the requested packages' expected repository is proven (TC4010).</summary>
    public bool RequireExpectedRepository { get; init; }

    /// <summary>The repository the root packages must be proven to come from (overrides <c>--expected-repo</c> when set).</summary>
    public string? ExpectedRepository { get; init; }

    /// <summary>Publisher owners (the part before the first <c>/</c> of the attested repository) that are allowed; empty: any.</summary>
    public IReadOnlyList<string> AllowedPublisherOrganisations { get; init; } = [];

    /// <summary>Findings to silence.</summary>
    public IReadOnlyList<SuppressionRule> Suppressions { get; init; } = [];
}
