using System.Security.Cryptography;

namespace TrustCheck.Attestations.Hashing;

/// <summary>
/// SHA-256 of a distribution file, streamed with two alternating buffers so that reading the next block overlaps
/// hashing the current one: memory stays constant whatever the file size, and throughput approaches the hash's own.
/// </summary>
public static class DistributionHasher
{
    /// <summary>The size of each read.</summary>
    public const int BlockSize = 1 << 20;

    /// <summary>Hashes a file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The SHA-256 digest.</returns>
    public static async Task<byte[]> Sha256Async(string path, CancellationToken cancellationToken = default)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.Asynchronous | FileOptions.SequentialScan);
        await using (stream.ConfigureAwait(false))
        {
            return await Sha256Async(stream, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Hashes a stream to its end.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The SHA-256 digest.</returns>
    public static async Task<byte[]> Sha256Async(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var current = new byte[BlockSize];
        var next = new byte[BlockSize];
        var read = await ReadBlockAsync(stream, current, cancellationToken).ConfigureAwait(false);
        while (read > 0)
        {
            var pending = ReadBlockAsync(stream, next, cancellationToken);
            hash.AppendData(current, 0, read);
            read = await pending.ConfigureAwait(false);
            (current, next) = (next, current);
        }

        return hash.GetHashAndReset();
    }

    private static async Task<int> ReadBlockAsync(Stream stream, byte[] buffer, CancellationToken cancellationToken)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(total), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return total;
    }
}
