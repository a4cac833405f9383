using System.Security.Cryptography;

namespace TrustCheck.Cli.Infrastructure;

/// <summary>Hashes files by streaming them (constant memory, whatever the size).</summary>
internal static class FileDigest
{
    public static async Task<string> Sha256HexAsync(string path, CancellationToken cancellationToken)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous | FileOptions.SequentialScan);
        await using (stream.ConfigureAwait(false))
        {
            return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false));
        }
    }
}
