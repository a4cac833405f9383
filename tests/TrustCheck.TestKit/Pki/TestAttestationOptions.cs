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

    /// <summary>The in-toto <c>_type</c> of the statement.</summary>
    public string StatementType { get; init; } = "https://in-toto.io/Statement/v1";

    /// <summary>Give the statement an empty subject list.</summary>
    public bool WithoutSubject { get; init; }

    /// <summary>Give the statement a second subject (another file with another digest) after the first.</summary>
    public bool SecondSubject { get; init; }

    /// <summary>The predicate type of the statement.</summary>
    public string PredicateType { get; init; } = "https://docs.pypi.org/attestations/publish/v1";

    /// <summary>Seconds between the certificate's notBefore and the log's integrated time (10-minute certificates).</summary>
    public int IntegratedSecondsAfterNotBefore { get; init; } = 5;

    /// <summary>Sign the SCT with a CT key the trusted root does not list.</summary>
    public bool SctFromUnknownLog { get; init; }

    /// <summary>Issue the leaf without an embedded SCT list.</summary>
    public bool WithoutSct { get; init; }

    /// <summary>Have the trusted CT log sign an SCT over another certificate's TBS (a valid signature, for the wrong certificate).</summary>
    public bool SctOverAnotherCertificate { get; init; }

    /// <summary>Sign the checkpoint with a key the trusted root does not list.</summary>
    public bool CheckpointFromUnknownKey { get; init; }

    /// <summary>Have the log's own key sign a checkpoint for another tree of the same size (another root hash).</summary>
    public bool CheckpointForAnotherRoot { get; init; }

    /// <summary>Give an inclusion proof that is valid, but for another leaf of the tree.</summary>
    public bool ProofForAnotherLeaf { get; init; }

    /// <summary>Issue the leaf from an intermediate the trusted root does not list.</summary>
    public bool UntrustedIssuer { get; init; }

    /// <summary>Sign the DSSE envelope with a key other than the certificate's.</summary>
    public bool SignatureByAnotherKey { get; init; }

    /// <summary>
    /// Sign, with the certificate's key, the pre-authentication encoding of another statement; the log records that
    /// signature and this statement, so only the signature check can notice.
    /// </summary>
    public bool SignatureOverAnotherStatement { get; init; }

    /// <summary>Issue the leaf without the codeSigning extended key usage.</summary>
    public bool WithoutCodeSigning { get; init; }

    /// <summary>Omit the inclusion promise (signed entry timestamp).</summary>
    public bool WithoutInclusionPromise { get; init; }

    /// <summary>Sign the inclusion promise with a key other than the log's.</summary>
    public bool InclusionPromiseByAnotherKey { get; init; }

    /// <summary>Log a body that records another signature (by a foreign key, over the same statement).</summary>
    public bool LogBodyForAnotherSignature { get; init; }

    /// <summary>Log a body that records another certificate (the CA's intermediate) as the verifier.</summary>
    public bool LogBodyForAnotherCertificate { get; init; }

    /// <summary>Log a body that records the hash of another statement (the signature and certificate are this one's).</summary>
    public bool LogBodyForAnotherPayload { get; init; }

    /// <summary>Add a good RFC 3161 timestamp from the trusted timestamp authority (it still verifies).</summary>
    public bool WithRfc3161Timestamp { get; init; }

    /// <summary>
    /// Log a Rekor-v2-like entry (hashedrekord 0.0.2, Ed25519 checkpoint, no integrated time, no inclusion promise),
    /// dated only by an RFC 3161 timestamp, which is added; it still verifies.
    /// </summary>
    public bool TimestampOnly { get; init; }

    /// <summary>Seconds between the certificate's notBefore and a minted timestamp's genTime (10-minute certificates).</summary>
    public int TimestampSecondsAfterNotBefore { get; init; } = 3;

    /// <summary>Add a timestamp whose message imprint covers another signature.</summary>
    public bool TimestampOverAnotherSignature { get; init; }

    /// <summary>Add a timestamp from an authority the trusted root does not list (its certificate embedded in the token).</summary>
    public bool TimestampFromUnknownAuthority { get; init; }

    /// <summary>
    /// Add a timestamp from a retired authority, which the trusted root trusts only for the week after the epoch
    /// (its certificates stay valid for ten years).
    /// </summary>
    public bool TimestampFromRetiredAuthority { get; init; }

    /// <summary>Whether the attestation carries an RFC 3161 timestamp, good or spoiled.</summary>
    internal bool HasRfc3161Timestamp =>
        WithRfc3161Timestamp || TimestampOnly || TimestampOverAnotherSignature || TimestampFromUnknownAuthority || TimestampFromRetiredAuthority;
}
