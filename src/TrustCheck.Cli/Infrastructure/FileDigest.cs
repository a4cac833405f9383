using TrustCheck.Attestations.Hashing;

namespace TrustCheck.Cli.Infrastructure;

/// <summary>Hashes files by streaming them (constant memory, whatever the size).</summary>
internal static class FileDigest
{
    public static async Task<string> Sha256HexAsync(string path, CancellationToken cancellationToken)
    {
        return Convert.ToHexStringLower(await DistributionHasher.Sha256Async(path, cancellationToken).ConfigureAwait(false));
    }
}
