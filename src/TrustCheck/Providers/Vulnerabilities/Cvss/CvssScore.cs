using System.Globalization;

namespace TrustCheck.Providers.Vulnerabilities.Cvss;

/// <summary>A computed CVSS score.</summary>
/// <param name="Vector">The vector it was computed from.</param>
/// <param name="Value">The score, 0.0 to 10.0 with one decimal.</param>
internal sealed record CvssScore(CvssVector Vector, double Value)
{
    /// <summary>The qualitative rating the specifications give the score.</summary>
    public CvssRating Rating => CvssRatingScale.Rate(Value);

    /// <summary>The score with one decimal (<c>9.8</c>).</summary>
    /// <returns>The score.</returns>
    public override string ToString() => Value.ToString("0.0", CultureInfo.InvariantCulture);
}
