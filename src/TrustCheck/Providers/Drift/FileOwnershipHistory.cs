using System.Text.Json;
using TrustCheck.Packaging;

namespace TrustCheck.Providers.Drift;

/// <summary>
/// An ownership history kept as JSON files under a directory, one per project (<c>&lt;normalized-name&gt;.json</c>),
/// holding its snapshots oldest first (at most <see cref="MaxSnapshotsPerProject"/>). Writes replace the file
/// atomically; writers in one process are serialized, across processes the last writer wins. A file that cannot be
/// read is an error, never silently an empty history (that would hide a change).
/// </summary>
public sealed class FileOwnershipHistory : IOwnershipHistory, IDisposable
{
    /// <summary>How many snapshots a project's file keeps; older ones are dropped.</summary>
    public const int MaxSnapshotsPerProject = 100;

    private readonly SemaphoreSlim _writeGate = new(1, 1);

    /// <summary>Creates a history under a directory (created on first write).</summary>
    /// <param name="directory">The directory.</param>
    public FileOwnershipHistory(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        Directory = Path.GetFullPath(directory);
    }

    /// <summary>The directory the snapshots are stored under.</summary>
    public string Directory { get; }

    /// <inheritdoc />
    public async Task<OwnershipSnapshot?> GetLatestAsync(PackageName project, CancellationToken cancellationToken = default)
    {
        var document = await ReadAsync(project, cancellationToken).ConfigureAwait(false);
        return document?.Snapshots.Count > 0 ? document.Snapshots[^1] : null;
    }

    /// <summary>Every recorded snapshot of a project, oldest first.</summary>
    /// <param name="project">The project.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The snapshots (empty when none was recorded).</returns>
    public async Task<IReadOnlyList<OwnershipSnapshot>> GetAllAsync(PackageName project, CancellationToken cancellationToken = default)
    {
        var document = await ReadAsync(project, cancellationToken).ConfigureAwait(false);
        return document?.Snapshots ?? [];
    }

    /// <inheritdoc />
    public async Task RecordAsync(PackageName project, OwnershipSnapshot snapshot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var existing = await ReadAsync(project, cancellationToken).ConfigureAwait(false);
            var snapshots = (existing?.Snapshots ?? []).Append(snapshot).TakeLast(MaxSnapshotsPerProject).ToList();
            var document = new OwnershipHistoryDocument { Project = project.Normalized, Snapshots = snapshots };

            System.IO.Directory.CreateDirectory(Directory);
            var path = PathOf(project);
            var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
            try
            {
                await File.WriteAllBytesAsync(
                    temporary, JsonSerializer.SerializeToUtf8Bytes(document, OwnershipJsonContext.Default.OwnershipHistoryDocument), cancellationToken)
                    .ConfigureAwait(false);
                File.Move(temporary, path, overwrite: true);
            }
            finally
            {
                File.Delete(temporary);
            }
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _writeGate.Dispose();

    private async Task<OwnershipHistoryDocument?> ReadAsync(PackageName project, CancellationToken cancellationToken)
    {
        var path = PathOf(project);
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(bytes, OwnershipJsonContext.Default.OwnershipHistoryDocument)
                   ?? throw new InvalidDataException($"The ownership history file '{path}' holds no document.");
        }
        catch (JsonException error)
        {
            throw new InvalidDataException($"The ownership history file '{path}' is not valid: {error.Message}", error);
        }
    }

    private string PathOf(PackageName project)
    {
        var name = project.Normalized;
        if (name.Length == 0 || name.Any(c => !(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')))
        {
            throw new ArgumentException($"'{project.Original}' is not a valid project name.", nameof(project));
        }

        return Path.Combine(Directory, name + ".json");
    }
}
