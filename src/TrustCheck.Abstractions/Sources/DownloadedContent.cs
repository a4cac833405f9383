namespace TrustCheck.Sources;

/// <summary>A distribution file downloaded into memory, with the SHA-256 of its bytes.</summary>
/// <param name="Content">The bytes.</param>
/// <param name="Sha256">Their SHA-256, lower-case hex.</param>
public sealed record DownloadedContent(ReadOnlyMemory<byte> Content, string Sha256);
