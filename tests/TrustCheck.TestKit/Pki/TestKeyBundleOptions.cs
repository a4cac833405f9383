namespace TrustCheck.TestKit.Pki;

/// <summary>The form of a minted managed-key bundle and which single thing about it is wrong (for negative tests).</summary>
public sealed record TestKeyBundleOptions
{
    /// <summary>Sign a DSSE envelope with an in-toto statement about the artifact (logged as dsse/0.0.1) instead of a message signature (hashedrekord/0.0.1).</summary>
    public bool Dsse { get; init; }

    /// <summary>Leave the key hint out of the bundle (<c>"publicKey": {}</c>).</summary>
    public bool WithoutHint { get; init; }

    /// <summary>The hint to write instead of the signing key's own.</summary>
    public string? Hint { get; init; }

    /// <summary>Sign with this key instead (the log body records this signature, but the signing key's public key).</summary>
    public TestSigningKey? SignedBy { get; init; }

    /// <summary>Record this key's public key in the log body instead of the signing key's.</summary>
    public TestSigningKey? LoggedKey { get; init; }

    /// <summary>Record another signature by the same key in the log body.</summary>
    public bool LogAnotherSignature { get; init; }

    /// <summary>Give the bundle no transparency-log entry at all.</summary>
    public bool WithoutTlogEntry { get; init; }

    /// <summary>Omit the inclusion proof (and its checkpoint).</summary>
    public bool WithoutInclusionProof { get; init; }

    /// <summary>Omit the inclusion promise (signed entry timestamp).</summary>
    public bool WithoutInclusionPromise { get; init; }

    /// <summary>Add a good RFC 3161 timestamp over the signature from the trusted timestamp authority.</summary>
    public bool WithRfc3161Timestamp { get; init; }
}
