namespace TrustCheck.Attestations.Verification;

/// <summary>The stage of verification at which a bundle or attestation was rejected.</summary>
public enum VerificationStage
{
    /// <summary>The trusted root (or its TUF delivery) is missing, malformed or has no usable key.</summary>
    TrustRoot,

    /// <summary>The bundle, provenance or attestation is malformed or breaks a structural rule.</summary>
    Bundle,

    /// <summary>The signing certificate does not chain to a trusted Fulcio CA at the signing time, or breaks the leaf profile.</summary>
    Chain,

    /// <summary>The certificate's signed certificate timestamp is missing or does not verify.</summary>
    Sct,

    /// <summary>The transparency-log entry body does not match the envelope and certificate.</summary>
    LogBody,

    /// <summary>The Merkle inclusion proof does not lead to the logged root.</summary>
    InclusionProof,

    /// <summary>The signed checkpoint is malformed, unsigned by a trusted log, or disagrees with the proof.</summary>
    Checkpoint,

    /// <summary>The inclusion promise (signed entry timestamp) does not verify.</summary>
    InclusionPromise,

    /// <summary>An RFC 3161 timestamp does not verify, or no trusted signing time could be established.</summary>
    Timestamp,

    /// <summary>The DSSE signature over the pre-authentication encoding does not verify with the leaf key.</summary>
    Signature,

    /// <summary>The in-toto statement is malformed or of an unsupported type.</summary>
    Statement,

    /// <summary>The statement's subject does not name the distribution or its digest.</summary>
    Subject,

    /// <summary>The certificate's identity does not satisfy the publisher policy.</summary>
    Identity,
}
