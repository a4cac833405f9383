namespace TrustCheck.Attestations.Pep740;

/// <summary>The in-toto predicate types PEP 740 attestations may carry.</summary>
public static class PredicateTypes
{
    /// <summary>PyPI's publish attestation.</summary>
    public const string PypiPublishV1 = "https://docs.pypi.org/attestations/publish/v1";

    /// <summary>SLSA build provenance v1.</summary>
    public const string SlsaProvenanceV1 = "https://slsa.dev/provenance/v1";

    /// <summary>True for a predicate type PEP 740 accepts.</summary>
    /// <param name="predicateType">The statement's predicate type.</param>
    public static bool IsSupported(string predicateType) => predicateType is PypiPublishV1 or SlsaProvenanceV1;
}
