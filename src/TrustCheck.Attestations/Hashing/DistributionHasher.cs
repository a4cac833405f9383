using System.Security.Cryptography;
using Microsoft.Win32.SafeHandles;

namespace TrustCheck.Attestations.Hashing;

/// <summary>
/// SHA-256 of a distribution file, streamed in constant memory whatever its size. A dedicated thread reads ahead
/// into a small ring of blocks (<see cref="ReadAheadRing"/>) while the caller hashes, so the read costs the hash
/// nothing and throughput matches the hash's own (OpenSSL's, through <see cref="IncrementalHash"/>).
/// </summary>
public static class DistributionHasher
{
    /// <summary>The size of each read.</summary>
    public const int BlockSize = ReadAheadRing.BlockSize;

    /// <summary>Hashes a file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The SHA-256 digest.</returns>
    public static async Task<byte[]> Sha256Async(string path, CancellationToken cancellationToken = default)
    {
        using SafeFileHandle handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan);
        long offset = 0;
        return await HashAsync(
            block =>
            {
                var read = RandomAccess.Read(handle, block.Span, offset);
                offset += read;
                return read;
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Hashes a stream to its end. The stream is read synchronously on a dedicated thread.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The SHA-256 digest.</returns>
    public static Task<byte[]> Sha256Async(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return HashAsync(block => stream.Read(block.Span), cancellationToken);
    }

    private static async Task<byte[]> HashAsync(Func<Memory<byte>, int> read, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var ring = new ReadAheadRing();
        using var stopReading = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reader = Task.Factory.StartNew(
            () => ring.Fill(read, stopReading.Token),
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            while (true)
            {
                var block = await ring.TakeAsync(cancellationToken).ConfigureAwait(false);
                if (block.IsEmpty)
                {
                    return hash.GetHashAndReset();
                }

                hash.AppendData(block.Span);
                ring.Release();
            }
        }
        finally
        {
            await stopReading.CancelAsync().ConfigureAwait(false);
            await reader.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }
}
