using TrustCheck.Packaging;

namespace TrustCheck.Providers.Drift;

/// <summary>
/// Remembers projects' PyPI ownership between inspections, because the JSON API's <c>ownership</c> has no history.
/// Implementations must be safe for concurrent use.
/// </summary>
public interface IOwnershipHistory
{
    /// <summary>The last recorded snapshot of a project's ownership.</summary>
    /// <param name="project">The project.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The snapshot, or null when none was recorded.</returns>
    Task<OwnershipSnapshot?> GetLatestAsync(PackageName project, CancellationToken cancellationToken = default);

    /// <summary>Records a snapshot; it becomes the latest.</summary>
    /// <param name="project">The project.</param>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the snapshot is stored.</returns>
    Task RecordAsync(PackageName project, OwnershipSnapshot snapshot, CancellationToken cancellationToken = default);
}
