namespace TrustCheck.Artifacts.Archives;

/// <summary>What an archive may hold before reading stops with a finding. Defaults fit every real wheel and sdist seen.</summary>
public sealed record ArchiveLimits
{
    /// <summary>The defaults.</summary>
    public static ArchiveLimits Default { get; } = new();

    /// <summary>The most members read (pip's wheel has 438, setuptools' about 1,000).</summary>
    public int MaxMembers { get; init; } = 5_000;

    /// <summary>The most bytes one member may uncompress to.</summary>
    public long MaxMemberBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>The most bytes all members together may uncompress to.</summary>
    public long MaxTotalBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>The highest uncompressed-to-compressed ratio a member larger than <see cref="RatioThresholdBytes"/> may have.</summary>
    public double MaxCompressionRatio { get; init; } = 200;

    /// <summary>Members smaller than this are not judged by their ratio (tiny files compress arbitrarily well).</summary>
    public long RatioThresholdBytes { get; init; } = 1024 * 1024;

    /// <summary>The most bytes of a non-seekable stream buffered to read a zip's central directory.</summary>
    public long MaxArchiveBytes { get; init; } = 512L * 1024 * 1024;
}
