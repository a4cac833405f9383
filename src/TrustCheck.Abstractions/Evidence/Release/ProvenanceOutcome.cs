namespace TrustCheck.Evidence.Release;

/// <summary>What verifying a file's PEP 740 provenance concluded. Only <see cref="Verified"/> is trust.</summary>
public enum ProvenanceOutcome
{
    /// <summary>Every check passed: chain, SCT, log proof, signature, statement, subject and publisher identity.</summary>
    Verified,

    /// <summary>The index has no provenance for the file.</summary>
    Absent,

    /// <summary>Verification failed at a named stage.</summary>
    Failed,

    /// <summary>The publisher kind is one TrustCheck cannot verify (ActiveState, unknown kinds).</summary>
    Unsupported,
}
