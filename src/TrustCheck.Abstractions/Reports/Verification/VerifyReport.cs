namespace TrustCheck.Reports.Verification;

/// <summary>
/// The result of verifying PEP 740 provenance (or a Sigstore bundle) for one distribution, as <c>trustcheck verify
/// --format json</c> writes it. Stable and versioned: <see cref="SchemaVersion"/> changes with its shape.
/// </summary>
public sealed record VerifyReport
{
    /// <summary>The current schema version.</summary>
    public const string CurrentSchemaVersion = "1.0";

    /// <summary>The schema version of this report.</summary>
    public string SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>True only when every attestation verified and is bound to the distribution.</summary>
    public required bool Verified { get; init; }

    /// <summary><c>verified</c>, <c>failed</c> or <c>unsupported</c>.</summary>
    public required string Status { get; init; }

    /// <summary>The distribution (or artifact) the evidence had to be about.</summary>
    public required DistributionReport Distribution { get; init; }

    /// <summary>The first failure (stage and reason), or null when verified.</summary>
    public required FailureReport? Failure { get; init; }

    /// <summary>Each attestation's outcome, in document order.</summary>
    public required IReadOnlyList<AttestationReport> Attestations { get; init; }
}
