using TrustCheck.Evidence.Release;
using TrustCheck.Findings;
using TrustCheck.Reports;

namespace TrustCheck.Engine.Scoring;

/// <summary>
/// The verdict from the findings that still apply (after suppressions): any high or critical finding is
/// <see cref="Recommendation.HighRisk"/>; any medium finding, or a provider that could not conclude, is
/// <see cref="Recommendation.ReviewRequired"/>; otherwise <see cref="Recommendation.Verified"/> when every file's
/// provenance verified, else <see cref="Recommendation.MetadataOnly"/>.
/// </summary>
internal static class RecommendationCalculator
{
    public static Recommendation Recommend(IReadOnlyCollection<Finding> findings, IReadOnlyList<DistributionEvidence> files, bool indeterminate)
    {
        if (findings.Any(f => f.Severity >= Severity.High))
        {
            return Recommendation.HighRisk;
        }

        if (indeterminate || findings.Any(f => f.Severity == Severity.Medium))
        {
            return Recommendation.ReviewRequired;
        }

        return files.Count > 0 && files.All(f => f.Provenance.Outcome == ProvenanceOutcome.Verified)
            ? Recommendation.Verified
            : Recommendation.MetadataOnly;
    }
}
