namespace TrustCheck.Reports;

/// <summary>The contract's names of the recommendations (<c>verified</c>, <c>metadata-only</c>, …), both ways.</summary>
public static class RecommendationNames
{
    private static readonly (Recommendation Value, string Name)[] Names =
    [
        (Recommendation.Verified, "verified"),
        (Recommendation.MetadataOnly, "metadata-only"),
        (Recommendation.ReviewRequired, "review-required"),
        (Recommendation.HighRisk, "high-risk"),
    ];

    /// <summary>The name used in reports and policy files.</summary>
    /// <param name="recommendation">The recommendation.</param>
    /// <returns>Its name.</returns>
    public static string ToName(this Recommendation recommendation) =>
        Array.Find(Names, n => n.Value == recommendation).Name ?? throw new ArgumentOutOfRangeException(nameof(recommendation));

    /// <summary>Reads a name.</summary>
    /// <param name="name">The name.</param>
    /// <param name="recommendation">The recommendation it names.</param>
    /// <returns>Whether it is one of the names.</returns>
    public static bool TryParse(string name, out Recommendation recommendation)
    {
        var found = Array.FindIndex(Names, n => n.Name == name);
        recommendation = found < 0 ? default : Names[found].Value;
        return found >= 0;
    }
}
