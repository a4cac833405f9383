namespace TrustCheck.Reports.Verification;

/// <summary>One attestation's outcome.</summary>
/// <param name="Status"><c>verified</c>, <c>failed</c> or <c>unsupported</c>.</param>
/// <param name="Failure">Where and why it failed, or null.</param>
/// <param name="Publisher">The publisher the provenance named (or that was required), or null.</param>
/// <param name="Signer">The signing certificate's identity (its first SAN), when it could be read.</param>
/// <param name="SourceRepository">The certificate's source repository URI, when present.</param>
/// <param name="SignedAt">The verified signing times.</param>
/// <param name="Statement">The verified in-toto statement, or null.</param>
public sealed record AttestationReport(
    string Status,
    FailureReport? Failure,
    PublisherReport? Publisher,
    string? Signer,
    string? SourceRepository,
    IReadOnlyList<DateTimeOffset> SignedAt,
    StatementReport? Statement);
