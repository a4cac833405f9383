using TrustCheck.Evidence.Release;
using TrustCheck.Findings;
using TrustCheck.Providers.TrustedPublishers;

namespace TrustCheck.Providers.Drift;

/// <summary>
/// TC5003–TC5006: this release's verified publishers against the nearest earlier (non-yanked, checked) release that
/// had verified provenance: repository changed (by immutable id when known), renamed with the same id, workflow
/// changed, environment changed. A changed repository is reported alone; otherwise a rename and a workflow (or, with
/// the same workflow, an environment) change are reported independently.
/// </summary>
internal static class PublisherChangeCheck
{
    /// <summary>The findings.</summary>
    /// <param name="evidence">The release's evidence.</param>
    /// <returns>The findings.</returns>
    public static IEnumerable<Finding> Evaluate(ReleaseEvidence evidence)
    {
        var previous = ReleaseTimeline.NearestAttested(evidence);
        if (previous is null)
        {
            return [];
        }

        var before = VerifiedPublisher.Of(previous.Files, PublisherKeys.Full).Select(p => p.Publisher).ToList();
        if (before.Count == 0)
        {
            return [];
        }

        return VerifiedPublisher.Of(evidence.Files, PublisherKeys.Full)
            .SelectMany(current => Changes(evidence.Version, previous.Version, before, current))
            .DistinctBy(f => (f.Code, f.Message));
    }

    private static IEnumerable<Finding> Changes(string version, string previousVersion, IReadOnlyList<PublisherIdentity> before, VerifiedPublisher current)
    {
        var relations = before.Select(b => (Previous: b, Change: RepositoryComparison.Compare(b, current.Publisher))).ToList();
        var sameRepository = relations.Where(r => r.Change is RepositoryChange.Same or RepositoryChange.Renamed).ToList();
        if (sameRepository.Count == 0)
        {
            var (previous, change) = relations.OrderBy(r => r.Change == RepositoryChange.Different).First();
            yield return RepositoryChanged(version, previousVersion, previous, current, change);
            yield break;
        }

        if (!sameRepository.Any(r => r.Change == RepositoryChange.Same))
        {
            var renamed = sameRepository[0].Previous;
            yield return Finding(PublisherDriftCodes.RepositoryRenamed, Severity.Low, version, previousVersion, renamed, current,
                $"The publishing repository was renamed: {previousVersion} came from {renamed.Repository}, {version} from " +
                $"{current.Publisher.Repository}, with the same repository id {current.Publisher.SourceRepositoryId}.",
                "A rename keeps the repository's identity; update --expected-repo and any pinned publisher to the new name.");
        }

        var sameWorkflow = sameRepository.Where(r => PublisherKeys.Workflow(r.Previous) == PublisherKeys.Workflow(current.Publisher)).ToList();
        if (sameWorkflow.Count == 0)
        {
            var previous = sameRepository[0].Previous;
            yield return Finding(PublisherDriftCodes.WorkflowChanged, Severity.Medium, version, previousVersion, previous, current,
                $"The publishing workflow changed: {previousVersion} was published by {previous.Workflow ?? "(none)"}, {version} by " +
                $"{current.Publisher.Workflow ?? "(none)"} in the same repository.",
                "Review the new workflow in the repository: a workflow anyone with push access can add may publish releases.");
        }
        else if (!sameWorkflow.Any(r => PublisherKeys.Environment(r.Previous) == PublisherKeys.Environment(current.Publisher)))
        {
            var earlier = sameWorkflow[0].Previous;
            yield return Finding(PublisherDriftCodes.EnvironmentChanged, Severity.Low, version, previousVersion, earlier, current,
                $"The publishing environment changed: {previousVersion} used {EnvironmentName(earlier)}, {version} {EnvironmentName(current.Publisher)}.",
                "Environments carry protection rules (reviewers, branches); check that the new one is protected as well.");
        }
    }

    private static Finding RepositoryChanged(
        string version, string previousVersion, PublisherIdentity previous, VerifiedPublisher current, RepositoryChange change)
    {
        var why = change switch
        {
            RepositoryChange.Transferred =>
                $"the repository (id {current.Publisher.SourceRepositoryId}) moved from owner id {previous.SourceRepositoryOwnerId} to {current.Publisher.SourceRepositoryOwnerId}",
            RepositoryChange.Replaced =>
                $"the name is the same but the repository id changed from {previous.SourceRepositoryId} to {current.Publisher.SourceRepositoryId}: " +
                "the repository was deleted and the name taken again",
            _ => $"{previousVersion} came from {PublisherDescription.Describe(previous)}",
        };
        return Finding(PublisherDriftCodes.RepositoryChanged, Severity.High, version, previousVersion, previous, current,
            $"The publishing repository changed: {version} was published from {PublisherDescription.Describe(current.Publisher)}; {why}.",
            "Confirm with the project (its changelog, announcements, the old repository) that the move is real before upgrading; " +
            "a new publisher repository is how a hijacked project looks.");
    }

    private static Finding Finding(
        string code, Severity severity, string version, string previousVersion, PublisherIdentity previous, VerifiedPublisher current,
        string message, string remediation)
    {
        var evidence = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["current.version"] = version,
            ["current.files"] = string.Join(", ", current.Files),
            ["previous.version"] = previousVersion,
        };
        PublisherDescription.AddEvidence(evidence, "current", current.Publisher);
        PublisherDescription.AddEvidence(evidence, "previous", previous);
        return new Finding { Code = code, Severity = severity, Message = message, Evidence = evidence, Remediation = remediation };
    }

    private static string EnvironmentName(PublisherIdentity publisher) =>
        string.IsNullOrWhiteSpace(publisher.Environment) ? "no environment" : $"environment {publisher.Environment}";
}
