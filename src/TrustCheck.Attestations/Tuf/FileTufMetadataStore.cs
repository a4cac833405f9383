namespace TrustCheck.Attestations.Tuf;

/// <summary>
/// Keeps trusted TUF metadata as files (<c>{role}.json</c>) in a directory, written atomically, so rollback
/// protection holds across runs.
/// </summary>
/// <param name="directory">The directory; created when first written.</param>
public sealed class FileTufMetadataStore(string directory) : ITufMetadataStore
{
    private static readonly string[] Roles = ["root", "timestamp", "snapshot", "targets"];

    /// <inheritdoc />
    public async Task<byte[]?> LoadAsync(string role, CancellationToken cancellationToken = default)
    {
        var path = PathFor(role);
        if (!File.Exists(path))
        {
            return null;
        }

        var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        return bytes.Length > 0 ? bytes : null;
    }

    /// <inheritdoc />
    public async Task SaveAsync(string role, byte[] bytes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        Directory.CreateDirectory(directory);
        var path = PathFor(role);
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        await File.WriteAllBytesAsync(temporary, bytes, cancellationToken).ConfigureAwait(false);
        File.Move(temporary, path, overwrite: true);
    }

    private string PathFor(string role) =>
        Roles.Contains(role, StringComparer.Ordinal)
            ? Path.Combine(directory, role + ".json")
            : throw new ArgumentException($"'{role}' is not a top-level TUF role.", nameof(role));
}
