using TrustCheck.Findings;

namespace TrustCheck.Providers.Vulnerabilities.Cvss;

/// <summary>
/// Maps scores to the CVSS qualitative rating (v3.1 section 5, v4.0 section 6: None 0.0, Low 0.1–3.9, Medium
/// 4.0–6.9, High 7.0–8.9, Critical 9.0–10.0) and ratings to TrustCheck severities.
/// </summary>
internal static class CvssRatingScale
{
    /// <summary>The rating of a score.</summary>
    /// <param name="score">The score, with one decimal.</param>
    /// <returns>The rating.</returns>
    public static CvssRating Rate(double score) => score switch
    {
        >= 9.0 => CvssRating.Critical,
        >= 7.0 => CvssRating.High,
        >= 4.0 => CvssRating.Medium,
        > 0.0 => CvssRating.Low,
        _ => CvssRating.None,
    };

    /// <summary>
    /// The severity of a finding about a vulnerability with this rating. A known vulnerability rated None is still
    /// reported as <see cref="Severity.Low"/>: the advisory exists and the release is affected.
    /// </summary>
    /// <param name="rating">The rating.</param>
    /// <returns>The severity.</returns>
    public static Severity ToSeverity(CvssRating rating) => rating switch
    {
        CvssRating.Critical => Severity.Critical,
        CvssRating.High => Severity.High,
        CvssRating.Medium => Severity.Medium,
        _ => Severity.Low,
    };
}
