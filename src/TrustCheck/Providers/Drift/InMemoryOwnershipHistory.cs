using System.Collections.Concurrent;
using TrustCheck.Packaging;

namespace TrustCheck.Providers.Drift;

/// <summary>An ownership history that lives as long as the process: changes are noticed between inspections of one run.</summary>
public sealed class InMemoryOwnershipHistory : IOwnershipHistory
{
    private readonly ConcurrentDictionary<PackageName, OwnershipSnapshot> _latest = new();

    /// <inheritdoc />
    public Task<OwnershipSnapshot?> GetLatestAsync(PackageName project, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_latest.TryGetValue(project, out var snapshot) ? snapshot : null);
    }

    /// <inheritdoc />
    public Task RecordAsync(PackageName project, OwnershipSnapshot snapshot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        cancellationToken.ThrowIfCancellationRequested();
        _latest[project] = snapshot;
        return Task.CompletedTask;
    }
}
