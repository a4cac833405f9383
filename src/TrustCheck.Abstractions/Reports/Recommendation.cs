using System.Text.Json.Serialization;

namespace TrustCheck.Reports;

/// <summary>The verdict for one package (JSON: <c>verified</c>, <c>metadata-only</c>, <c>review-required</c>, <c>high-risk</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Recommendation>))]
public enum Recommendation
{
    /// <summary>Every file's provenance verified and nothing of concern found.</summary>
    [JsonStringEnumMemberName("verified")]
    Verified,

    /// <summary>Nothing of concern, but no verified provenance: trust rests on metadata alone.</summary>
    [JsonStringEnumMemberName("metadata-only")]
    MetadataOnly,

    /// <summary>Something a person should look at before relying on it.</summary>
    [JsonStringEnumMemberName("review-required")]
    ReviewRequired,

    /// <summary>A concrete risk: failed verification, a contradicted expected repository, a serious vulnerability, …</summary>
    [JsonStringEnumMemberName("high-risk")]
    HighRisk,
}
