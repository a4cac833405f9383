namespace TrustCheck.Attestations.Pep740;

/// <summary>The two documents PEP 740 defines.</summary>
public enum Pep740DocumentKind
{
    /// <summary>A provenance object (the Integrity API's response): attestation bundles, each with its publisher.</summary>
    Provenance,

    /// <summary>A single attestation: verification material and an envelope, with no publisher of its own.</summary>
    Attestation,
}
