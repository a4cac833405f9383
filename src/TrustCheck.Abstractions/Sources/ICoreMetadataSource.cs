namespace TrustCheck.Sources;

/// <summary>A distribution file's core metadata (PEP 658/714: <c>{file URL}.metadata</c>), what an installer reads before choosing it.</summary>
public interface ICoreMetadataSource
{
    /// <summary>The metadata file of a distribution, checked against its published digest.</summary>
    /// <param name="fileUrl">The distribution's URL.</param>
    /// <param name="sha256">The metadata file's published SHA-256 (hex), or null when none is published.</param>
    /// <param name="cancellationToken">Cancels the fetch.</param>
    /// <returns>The bytes, or null when the index serves none.</returns>
    /// <exception cref="EvidenceSourceException">The fetch failed, or the bytes do not match the digest.</exception>
    Task<ReadOnlyMemory<byte>?> GetAsync(Uri fileUrl, string? sha256, CancellationToken cancellationToken = default);
}
