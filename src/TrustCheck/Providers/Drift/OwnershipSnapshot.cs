using TrustCheck.Evidence.PyPi;

namespace TrustCheck.Providers.Drift;

/// <summary>
/// A project's PyPI ownership (the JSON API's <c>ownership</c>) as seen at one time. PyPI exposes no ownership history,
/// so TrustCheck records these to notice changes between inspections.
/// </summary>
public sealed record OwnershipSnapshot
{
    /// <summary>The collaborators: role (<c>Owner</c>, <c>Maintainer</c>) and PyPI user name.</summary>
    public IReadOnlyList<PyPiRole> Roles { get; init; } = [];

    /// <summary>The owning organization's slug, when there is one.</summary>
    public string? Organization { get; init; }

    /// <summary>When the snapshot was taken (the inspection's time).</summary>
    public required DateTimeOffset RecordedAt { get; init; }

    /// <summary>The release being inspected when the snapshot was taken.</summary>
    public string? Version { get; init; }

    /// <summary>Takes a snapshot of the JSON API's ownership.</summary>
    /// <param name="ownership">The ownership.</param>
    /// <param name="recordedAt">The inspection's time.</param>
    /// <param name="version">The release being inspected.</param>
    /// <returns>The snapshot.</returns>
    public static OwnershipSnapshot Of(PyPiOwnership ownership, DateTimeOffset recordedAt, string? version)
    {
        ArgumentNullException.ThrowIfNull(ownership);
        return new OwnershipSnapshot
        {
            Roles = ownership.Roles.ToList(),
            Organization = string.IsNullOrWhiteSpace(ownership.Organization) ? null : ownership.Organization,
            RecordedAt = recordedAt,
            Version = version,
        };
    }
}
