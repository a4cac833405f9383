using TrustCheck.Attestations.Pep740;
using TrustCheck.Attestations.Verification;
using TrustCheck.Engine.Evidence;
using TrustCheck.Reports;
using TrustCheck.Reports.Verification;

namespace TrustCheck.Verification;

/// <summary>Turns verification results into the stable report shape.</summary>
internal static class VerifyReportBuilder
{
    public static VerifyReport Build(DistributionIdentity distribution, ProvenanceVerificationResult result) => new()
    {
        Verified = result.Status == AttestationStatus.Verified,
        Status = StatusText(result.Status),
        Distribution = new DistributionReport(distribution.Filename, distribution.Sha256),
        Failure = Failure(result.Failure),
        Attestations = [.. result.Attestations.Select(Attestation)],
    };

    public static VerifyReport Build(string artifact, string sha256, BundleVerificationResult result)
    {
        var status = result.IsVerified ? AttestationStatus.Verified : AttestationStatus.Failed;
        return new VerifyReport
        {
            Verified = result.IsVerified,
            Status = StatusText(status),
            Distribution = new DistributionReport(artifact, sha256),
            Failure = Failure(result.Failure),
            Attestations =
            [
                new AttestationReport(
                    StatusText(status),
                    Failure(result.Failure),
                    null,
                    Signer(result.Identity),
                    result.Identity?.SourceRepositoryUri,
                    result.SigningTimes,
                    null),
            ],
        };
    }

    private static string StatusText(AttestationStatus status) => status switch
    {
        AttestationStatus.Verified => "verified",
        AttestationStatus.Unsupported => "unsupported",
        _ => "failed",
    };

    private static FailureReport? Failure(VerificationFailure? failure) =>
        failure is null ? null : new FailureReport(failure.Stage.ToName(), failure.Reason);

    private static string? Signer(Attestations.Certificates.FulcioIdentity? identity) =>
        identity is { SubjectAlternativeNames.Count: > 0 } ? identity.SubjectAlternativeNames[0] : null;

    private static AttestationReport Attestation(AttestationVerificationResult result) => new(
        StatusText(result.Status),
        Failure(result.Failure),
        PublisherIdentities.ToReport(result.Publisher),
        Signer(result.Identity),
        result.Identity?.SourceRepositoryUri,
        result.SigningTimes,
        result.Statement is { } statement
            ? new StatementReport(statement.PredicateType, [.. statement.Subjects.Select(s => new SubjectReport(s.Name, s.Digests))])
            : null);
}
