using TrustCheck.Attestations.Hashing;
using TrustCheck.Attestations.Pep740;
using TrustCheck.Attestations.TrustRoot;
using TrustCheck.Attestations.Verification;
using TrustCheck.Diagnostics;
using TrustCheck.Evidence.Release;

namespace TrustCheck.Engine.Evidence;

/// <summary>
/// Verifies a file's PEP 740 provenance offline against the trusted root, binding it to the published SHA-256 and
/// each bundle's own Trusted Publisher (as PyPI does), and turns the result into evidence. Fails closed: anything
/// but a fully verified provenance is not <see cref="ProvenanceOutcome.Verified"/>.
/// </summary>
internal sealed class ProvenanceChecker(TrustedRoot root, TrustCheckMetrics metrics)
{
    private readonly Pep740Verifier _verifier = new(root);

    /// <summary>The trusted root this checker verifies against.</summary>
    public TrustedRoot Root { get; } = root;

    public FileProvenance Check(ReadOnlySpan<byte> provenance, string filename, string? sha256, string source)
    {
        if (!Sha256Hex.TryNormalize(sha256, out var digest))
        {
            metrics.RecordVerification("failed", "subject");
            return new FileProvenance
            {
                Outcome = ProvenanceOutcome.Failed,
                Failure = new ProvenanceFailure(
                    VerificationStage.Subject.ToName(),
                    string.IsNullOrEmpty(sha256)
                        ? "The index publishes no SHA-256 for the file, so the attestation cannot be bound to it."
                        : $"The index publishes '{sha256}' as the file's SHA-256, which is not 64 hex digits, so the attestation cannot be bound to it."),
                Source = source,
            };
        }

        var result = _verifier.VerifyProvenance(provenance, new DistributionIdentity(filename, digest));
        var first = result.Attestations.FirstOrDefault(a => a.Status == result.Status) ?? (result.Attestations.Count > 0 ? result.Attestations[0] : null);
        var decidingFailure = result.Status == AttestationStatus.Verified ? null : result.Failure ?? first?.Failure;
        metrics.RecordVerification(
            result.Status switch
            {
                AttestationStatus.Verified => "verified",
                AttestationStatus.Unsupported => "unsupported",
                _ => "failed",
            },
            decidingFailure is null ? (result.Status == AttestationStatus.Failed ? "bundle" : "none") : decidingFailure.Stage.ToName());
        return new FileProvenance
        {
            Outcome = result.Status switch
            {
                AttestationStatus.Verified => ProvenanceOutcome.Verified,
                AttestationStatus.Unsupported => ProvenanceOutcome.Unsupported,
                _ => ProvenanceOutcome.Failed,
            },
            Failure = result.Status == AttestationStatus.Failed ? ToFailure(result.Failure ?? first?.Failure) : null,
            Publisher = PublisherIdentities.From(first?.Publisher, result.Status == AttestationStatus.Verified ? first?.Identity : null),
            PredicateTypes = result.Status == AttestationStatus.Verified
                ? result.Attestations.Where(a => a.Statement is not null).Select(a => a.Statement!.PredicateType).Distinct(StringComparer.Ordinal).ToList()
                : [],
            SignedAt = result.Status == AttestationStatus.Verified ? EarliestSigningTime(result) : null,
            Source = source,
        };
    }

    private static DateTimeOffset? EarliestSigningTime(ProvenanceVerificationResult result)
    {
        var times = result.Attestations.SelectMany(a => a.SigningTimes).ToList();
        return times.Count == 0 ? null : times.Min();
    }

    private static ProvenanceFailure ToFailure(VerificationFailure? failure) =>
        failure is null
            ? new ProvenanceFailure("bundle", "Verification failed without a reason (treated as a failure).")
            : new ProvenanceFailure(failure.Stage.ToName(), failure.Reason);
}
