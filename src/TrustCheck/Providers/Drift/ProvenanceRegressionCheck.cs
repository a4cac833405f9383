using TrustCheck.Evidence.Release;
using TrustCheck.Findings;
using TrustCheck.Providers.TrustedPublishers;

namespace TrustCheck.Providers.Drift;

/// <summary>
/// TC5002: provenance regressed (PyPI's "lost provenance"): the nearest earlier release whose provenance was checked
/// had verified files, and this release has none.
/// </summary>
internal static class ProvenanceRegressionCheck
{
    /// <summary>The finding, when there is one.</summary>
    /// <param name="evidence">The release's evidence.</param>
    /// <returns>The findings.</returns>
    public static IEnumerable<Finding> Evaluate(ReleaseEvidence evidence)
    {
        var previous = ReleaseTimeline.NearestChecked(evidence);
        if (evidence.Files.Count == 0 || previous is null || VerifiedPublisher.AnyVerified(evidence.Files)
            || !VerifiedPublisher.AnyVerified(previous.Files))
        {
            yield break;
        }

        var failed = evidence.Files.Where(f => f.Provenance.Outcome != ProvenanceOutcome.Absent).Select(f => f.Filename).ToList();
        var state = failed.Count == 0 ? "has no provenance" : "has no provenance that verifies";
        var findingEvidence = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["previous.version"] = previous.Version,
            ["current.version"] = evidence.Version,
            ["current.files"] = string.Join(", ", evidence.Files.Select(f => f.Filename)),
        };
        if (failed.Count > 0)
        {
            findingEvidence["current.unverifiedFiles"] = string.Join(", ", failed);
        }

        foreach (var publisher in VerifiedPublisher.Of(previous.Files, PublisherKeys.Full).Take(1))
        {
            PublisherDescription.AddEvidence(findingEvidence, "previous", publisher.Publisher);
        }

        yield return new Finding
        {
            Code = PublisherDriftCodes.ProvenanceRegressed,
            Severity = Severity.High,
            Message = $"Provenance regressed: {evidence.Version} {state}, but the previous release {previous.Version} was published " +
                      "with verified attestations.",
            Evidence = findingEvidence,
            Remediation = "A release that drops Trusted Publishing may have been uploaded with a stolen token rather than by the " +
                          "project's pipeline. Hold the upgrade until the maintainers confirm it.",
        };
    }
}
