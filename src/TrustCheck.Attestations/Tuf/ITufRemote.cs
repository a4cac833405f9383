namespace TrustCheck.Attestations.Tuf;

/// <summary>Where a TUF client fetches repository files from (an HTTP CDN, a mirror, a recorded copy).</summary>
public interface ITufRemote
{
    /// <summary>Fetches a file relative to the repository root, reading at most <paramref name="maxLength"/> bytes.</summary>
    /// <param name="path">The path, e.g. <c>16.root.json</c> or <c>targets/&lt;sha256&gt;.trusted_root.json</c>.</param>
    /// <param name="maxLength">The most bytes to accept; a longer file yields its first <paramref name="maxLength"/> + 1 bytes.</param>
    /// <param name="cancellationToken">Cancels the fetch.</param>
    /// <returns>The bytes, or null when the file does not exist.</returns>
    /// <exception cref="TufRemoteException">The repository could not be reached or answered with an error.</exception>
    Task<byte[]?> FetchAsync(string path, long maxLength, CancellationToken cancellationToken = default);
}
