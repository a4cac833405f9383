namespace TrustCheck.Attestations.Pep740;

/// <summary>The outcome of verifying a PEP 740 document of either kind.</summary>
/// <param name="Kind">What the document was; null when it was neither a provenance object nor an attestation.</param>
/// <param name="Result">The verification outcome (one attestation for a single attestation).</param>
public sealed record Pep740VerificationResult(Pep740DocumentKind? Kind, ProvenanceVerificationResult Result);
