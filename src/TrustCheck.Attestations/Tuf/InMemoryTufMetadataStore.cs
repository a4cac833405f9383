using System.Collections.Concurrent;

namespace TrustCheck.Attestations.Tuf;

/// <summary>Keeps trusted TUF metadata in memory (for one process, or tests).</summary>
public sealed class InMemoryTufMetadataStore : ITufMetadataStore
{
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public Task<byte[]?> LoadAsync(string role, CancellationToken cancellationToken = default) =>
        Task.FromResult(_files.TryGetValue(role, out var bytes) && bytes.Length > 0 ? bytes : null);

    /// <inheritdoc />
    public Task SaveAsync(string role, byte[] bytes, CancellationToken cancellationToken = default)
    {
        _files[role] = bytes;
        return Task.CompletedTask;
    }
}
