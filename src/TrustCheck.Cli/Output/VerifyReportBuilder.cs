using TrustCheck.Attestations.Pep740;
using TrustCheck.Attestations.Verification;

namespace TrustCheck.Cli.Output;

/// <summary>Turns verification results into the stable report shape.</summary>
internal static class VerifyReportBuilder
{
    public const string SchemaVersion = "1.0";

    public static VerifyReport Build(DistributionIdentity distribution, AttestationStatus status, VerificationFailure? failure, IReadOnlyList<AttestationVerificationResult> attestations) =>
        new(
            SchemaVersion,
            status == AttestationStatus.Verified,
            StatusText(status),
            new DistributionReport(distribution.Filename, distribution.Sha256),
            Failure(failure),
            [.. attestations.Select(Attestation)]);

    public static string StatusText(AttestationStatus status) => status switch
    {
        AttestationStatus.Verified => "verified",
        AttestationStatus.Unsupported => "unsupported",
        _ => "failed",
    };

    public static string StageText(VerificationStage stage) => stage switch
    {
        VerificationStage.TrustRoot => "trust-root",
        VerificationStage.LogBody => "log-body",
        VerificationStage.InclusionProof => "inclusion-proof",
        VerificationStage.InclusionPromise => "inclusion-promise",
        _ => stage.ToString().ToLowerInvariant(),
    };

    private static FailureReport? Failure(VerificationFailure? failure) =>
        failure is null ? null : new FailureReport(StageText(failure.Stage), failure.Reason);

    private static AttestationReport Attestation(AttestationVerificationResult result) => new(
        StatusText(result.Status),
        Failure(result.Failure),
        result.Publisher switch
        {
            null => null,
            GitHubPublisher gh => new PublisherReport(gh.Kind, gh.RepositoryName, gh.Workflow, gh.Environment),
            GitLabPublisher gl => new PublisherReport(gl.Kind, gl.RepositoryName, gl.WorkflowFilepath, gl.Environment),
            GooglePublisher google => new PublisherReport(google.Kind, null, null, null),
            var other => new PublisherReport(other.Kind, other.Repository, null, null),
        },
        result.Identity is { SubjectAlternativeNames.Count: > 0 } identity ? identity.SubjectAlternativeNames[0] : null,
        result.Identity?.SourceRepositoryUri,
        result.SigningTimes,
        result.Statement is { } statement
            ? new StatementReport(statement.PredicateType, [.. statement.Subjects.Select(s => new SubjectReport(s.Name, s.Digests))])
            : null);
}
