namespace TrustCheck.Reports;

/// <summary>The verdict for one package (JSON: <c>verified</c>, <c>metadata-only</c>, <c>review-required</c>, <c>high-risk</c>).</summary>
public enum Recommendation
{
    /// <summary>Every file's provenance verified and nothing of concern found.</summary>
    Verified,

    /// <summary>Nothing of concern, but no verified provenance: trust rests on metadata alone.</summary>
    MetadataOnly,

    /// <summary>Something a person should look at before relying on it.</summary>
    ReviewRequired,

    /// <summary>A concrete risk: failed verification, a contradicted expected repository, a serious vulnerability, …</summary>
    HighRisk,
}
