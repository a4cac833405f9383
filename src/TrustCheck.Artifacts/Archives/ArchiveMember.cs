namespace TrustCheck.Artifacts.Archives;

/// <summary>A regular file read from an archive, with its content (bounded by <see cref="ArchiveLimits"/>).</summary>
/// <param name="Path">Its path inside the archive, <c>/</c>-separated, as the archive names it.</param>
/// <param name="Content">Its bytes.</param>
public sealed record ArchiveMember(string Path, ReadOnlyMemory<byte> Content);
