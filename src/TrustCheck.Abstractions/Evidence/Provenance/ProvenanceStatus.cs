namespace TrustCheck.Evidence.Provenance;

/// <summary>What the Integrity API said about a file.</summary>
public enum ProvenanceStatus
{
    /// <summary>A provenance object was served.</summary>
    Found,

    /// <summary>The index has no provenance for the file (HTTP 404): the file is unattested.</summary>
    Absent,
}
