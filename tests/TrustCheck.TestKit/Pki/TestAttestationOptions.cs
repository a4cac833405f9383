namespace TrustCheck.TestKit.Pki;

/// <summary>What a minted attestation claims and which single thing about it is wrong (for negative tests).</summary>
public sealed record TestAttestationOptions
{
    /// <summary>The distribution file name the statement's subject names.</summary>
    public string SubjectName { get; init; } = "sampleproject-4.0.0.tar.gz";

    /// <summary>The subject's SHA-256 (hex).</summary>
    public string SubjectSha256 { get; init; } = new('a', 64);

    /// <summary>The repository (<c>owner/name</c>) the certificate claims.</summary>
    public string Repository { get; init; } = "pypa/sampleproject";

    /// <summary>The workflow file the certificate claims.</summary>
    public string Workflow { get; init; } = "release.yml";

    /// <summary>The predicate type of the statement.</summary>
    public string PredicateType { get; init; } = "https://docs.pypi.org/attestations/publish/v1";

    /// <summary>Seconds between the certificate's notBefore and the log's integrated time (10-minute certificates).</summary>
    public int IntegratedSecondsAfterNotBefore { get; init; } = 5;

    /// <summary>Sign the SCT with a CT key the trusted root does not list.</summary>
    public bool SctFromUnknownLog { get; init; }

    /// <summary>Sign the checkpoint with a key the trusted root does not list.</summary>
    public bool CheckpointFromUnknownKey { get; init; }

    /// <summary>Give an inclusion proof that is valid, but for another leaf of the tree.</summary>
    public bool ProofForAnotherLeaf { get; init; }

    /// <summary>Issue the leaf from an intermediate the trusted root does not list.</summary>
    public bool UntrustedIssuer { get; init; }

    /// <summary>Sign the DSSE envelope with a key other than the certificate's.</summary>
    public bool SignatureByAnotherKey { get; init; }

    /// <summary>Issue the leaf without the codeSigning extended key usage.</summary>
    public bool WithoutCodeSigning { get; init; }

    /// <summary>Omit the inclusion promise (signed entry timestamp).</summary>
    public bool WithoutInclusionPromise { get; init; }
}
