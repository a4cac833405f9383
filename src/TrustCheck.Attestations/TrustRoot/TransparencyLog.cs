using TrustCheck.Attestations.Crypto;

namespace TrustCheck.Attestations.TrustRoot;

/// <summary>A transparency log or CT log trusted by a trusted root: its key, log ID and validity.</summary>
/// <param name="BaseUrl">The log's base URL, e.g. <c>https://rekor.sigstore.dev</c>.</param>
/// <param name="LogId">The log ID entries and SCTs name (SHA-256 of the key, or the signed-note key ID for Rekor v2).</param>
/// <param name="Key">The log's public key.</param>
/// <param name="ValidFor">When the key may be used.</param>
public sealed record TransparencyLog(Uri BaseUrl, ReadOnlyMemory<byte> LogId, VerificationKey Key, TimeRange ValidFor)
{
    /// <summary>True when <paramref name="logId"/> is this log's ID.</summary>
    /// <param name="logId">A log ID from an entry or an SCT.</param>
    public bool HasLogId(ReadOnlySpan<byte> logId) => LogId.Span.SequenceEqual(logId);
}
