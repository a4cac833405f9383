namespace TrustCheck.Sources;

/// <summary>
/// Downloads a distribution file and hashes its bytes as they arrive (<c>--verify-downloads</c>), so the digest an
/// attestation is bound to can be checked against what an installer would actually receive.
/// </summary>
public interface IDistributionDownloader
{
    /// <summary>Downloads <paramref name="url"/> to its end and returns the SHA-256 of the bytes.</summary>
    /// <param name="url">The file's download URL, as the index publishes it.</param>
    /// <param name="cancellationToken">Cancels the download.</param>
    /// <returns>The digest and length of the downloaded bytes.</returns>
    /// <exception cref="EvidenceSourceException">The download failed or exceeded the size limit.</exception>
    Task<DownloadedDistribution> DownloadAndHashAsync(Uri url, CancellationToken cancellationToken);

    /// <summary>
    /// Downloads <paramref name="url"/> into memory (within the same size and idle limits, never to disk) for analysis
    /// of its contents, with the SHA-256 of the bytes.
    /// </summary>
    /// <param name="url">The file's download URL, as the index publishes it.</param>
    /// <param name="cancellationToken">Cancels the download.</param>
    /// <returns>The bytes and their digest.</returns>
    /// <exception cref="EvidenceSourceException">The download failed or exceeded the size limit.</exception>
    Task<DownloadedContent> DownloadAsync(Uri url, CancellationToken cancellationToken);
}
