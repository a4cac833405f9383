namespace TrustCheck.Attestations.Tuf;

/// <summary>
/// Where a TUF client keeps the last trusted metadata between runs (root, timestamp, snapshot, targets), which is
/// what protects against rollback and freeze attacks across refreshes.
/// </summary>
public interface ITufMetadataStore
{
    /// <summary>The stored bytes of a role's metadata, or null.</summary>
    /// <param name="role">root, timestamp, snapshot or targets.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<byte[]?> LoadAsync(string role, CancellationToken cancellationToken = default);

    /// <summary>Stores a role's trusted metadata.</summary>
    /// <param name="role">root, timestamp, snapshot or targets.</param>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    Task SaveAsync(string role, byte[] bytes, CancellationToken cancellationToken = default);
}
