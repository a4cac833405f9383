using TrustCheck.Providers.TrustedPublishers;

namespace TrustCheck.Providers.Drift;

/// <summary>
/// Groups verified publishers that are the same source and workflow, comparing repositories with
/// <see cref="RepositoryComparison"/> (immutable ids when both sides carry them, names otherwise), so that one file's
/// certificate lacking the ids does not split a release into two publishers.
/// </summary>
internal static class PublisherClusters
{
    /// <summary>Clusters publishers by source and workflow, in order of first appearance.</summary>
    /// <param name="publishers">The verified publishers (already grouped by their full identity).</param>
    /// <returns>The clusters; each holds publishers of one source and workflow.</returns>
    public static IReadOnlyList<IReadOnlyList<VerifiedPublisher>> Of(IReadOnlyList<VerifiedPublisher> publishers)
    {
        var clusters = new List<List<VerifiedPublisher>>();
        foreach (var publisher in publishers)
        {
            var cluster = clusters.FirstOrDefault(c => SameSourceAndWorkflow(c[0], publisher));
            if (cluster is null)
            {
                clusters.Add([publisher]);
            }
            else
            {
                cluster.Add(publisher);
            }
        }

        return clusters;
    }

    private static bool SameSourceAndWorkflow(VerifiedPublisher left, VerifiedPublisher right) =>
        RepositoryComparison.Compare(left.Publisher, right.Publisher) is RepositoryChange.Same or RepositoryChange.Renamed
        && PublisherKeys.Workflow(left.Publisher) == PublisherKeys.Workflow(right.Publisher);
}
