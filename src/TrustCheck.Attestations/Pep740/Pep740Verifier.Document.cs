using System.Text.Json;
using TrustCheck.Attestations.Policies;
using TrustCheck.Attestations.Verification;

namespace TrustCheck.Attestations.Pep740;

/// <summary>Verification of either PEP 740 document, told apart by <see cref="Pep740Document"/>.</summary>
public sealed partial class Pep740Verifier
{
    /// <summary>
    /// Verifies a PEP 740 provenance object or a single attestation for a distribution, including the statement's
    /// subject (file name and SHA-256). A document that is neither fails at <see cref="VerificationStage.Bundle"/>.
    /// </summary>
    /// <param name="json">The document's UTF-8 JSON.</param>
    /// <param name="distribution">The file it must be about.</param>
    /// <param name="policy">Who must have signed; for a provenance object, null uses each bundle's own publisher.</param>
    /// <param name="additionalPolicy">A policy that must hold as well (e.g. an expected repository), or null.</param>
    /// <returns>The outcome, with the document's kind.</returns>
    /// <exception cref="ArgumentException">The document is a single attestation and neither policy is given: an attestation names no publisher.</exception>
    public Pep740VerificationResult Verify(ReadOnlySpan<byte> json, DistributionIdentity distribution, IIdentityPolicy? policy = null, IIdentityPolicy? additionalPolicy = null)
    {
        ArgumentNullException.ThrowIfNull(distribution);
        var failure = Pep740Document.TryDetect(json, out var kind);
        if (failure is not null)
        {
            return new Pep740VerificationResult(null, new ProvenanceVerificationResult { Status = AttestationStatus.Failed, Failure = failure });
        }

        if (kind == Pep740DocumentKind.Provenance)
        {
            return new Pep740VerificationResult(kind, VerifyProvenance(json, distribution, policy, additionalPolicy));
        }

        var single = (policy, additionalPolicy) switch
        {
            ({ } both, { } additional) => new AllOfPolicy([both, additional]),
            ({ } only, null) => only,
            (null, { } additional) => additional,
            _ => throw new ArgumentException("A single PEP 740 attestation names no publisher: give a policy (a publisher, an identity or an expected repository).", nameof(policy)),
        };
        using var document = JsonDocument.Parse(json.ToArray());
        var result = VerifyAttestation(document.RootElement, distribution, single);
        return new Pep740VerificationResult(kind, new ProvenanceVerificationResult { Status = result.Status, Failure = result.Failure, Attestations = [result] });
    }
}
