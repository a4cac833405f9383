using System.Globalization;
using TrustCheck.Evidence.Release;
using TrustCheck.Findings;

namespace TrustCheck.Providers.Drift;

/// <summary>
/// TC5009: PyPI's ownership of the project (owners, maintainers, organization) differs from the last recorded snapshot.
/// Records a snapshot the first time a project is seen and whenever it changes.
/// </summary>
/// <param name="history">Where snapshots are remembered.</param>
internal sealed class OwnershipChangeCheck(IOwnershipHistory history)
{
    /// <summary>Compares the release's ownership with the last snapshot, records the new one, and reports a change.</summary>
    /// <param name="evidence">The release's evidence.</param>
    /// <param name="now">The inspection's time.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>The findings.</returns>
    public async Task<IReadOnlyList<Finding>> EvaluateAsync(ReleaseEvidence evidence, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ownership = evidence.Release.Ownership ?? evidence.Project?.Ownership;
        if (ownership is null)
        {
            return [];
        }

        var current = OwnershipSnapshot.Of(ownership, now, evidence.Version);
        var previous = await history.GetLatestAsync(evidence.Name, cancellationToken).ConfigureAwait(false);
        if (previous is not null && OwnershipDifference.Between(previous, current) is { IsEmpty: true })
        {
            return [];
        }

        await history.RecordAsync(evidence.Name, current, cancellationToken).ConfigureAwait(false);
        return previous is null ? [] : [Changed(evidence, previous, current)];
    }

    private static Finding Changed(ReleaseEvidence evidence, OwnershipSnapshot previous, OwnershipSnapshot current)
    {
        var difference = OwnershipDifference.Between(previous, current);
        var changes = new List<string>();
        if (difference.Added.Count > 0)
        {
            changes.Add($"added {OwnershipDifference.Format(difference.Added)}");
        }

        if (difference.Removed.Count > 0)
        {
            changes.Add($"removed {OwnershipDifference.Format(difference.Removed)}");
        }

        if (difference.OrganizationChanged)
        {
            changes.Add($"organization {previous.Organization ?? "none"} → {current.Organization ?? "none"}");
        }

        var recordedAt = previous.RecordedAt.ToString("O", CultureInfo.InvariantCulture);
        return new Finding
        {
            Code = PublisherDriftCodes.OwnershipChanged,
            Severity = Severity.Medium,
            Message = $"The PyPI ownership of {evidence.Name} changed since it was recorded at {recordedAt}: {string.Join("; ", changes)}.",
            Evidence = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["previous.recordedAt"] = recordedAt,
                ["previous.version"] = previous.Version ?? "unknown",
                ["previous.roles"] = OwnershipDifference.Format(previous.Roles),
                ["previous.organization"] = previous.Organization ?? "none",
                ["current.roles"] = OwnershipDifference.Format(current.Roles),
                ["current.organization"] = current.Organization ?? "none",
                ["roles.added"] = OwnershipDifference.Format(difference.Added),
                ["roles.removed"] = OwnershipDifference.Format(difference.Removed),
            },
            Remediation = "New owners can publish anything under the name. Look for the project's announcement of the handover; " +
                          "if there is none, hold upgrades until the change is explained.",
        };
    }
}
