namespace TrustCheck.Evidence.Release;

/// <summary>One file of a release, with the digest the index publishes and its verified provenance.</summary>
public sealed record DistributionEvidence
{
    /// <summary>The file name.</summary>
    public required string Filename { get; init; }

    /// <summary><c>sdist</c> or <c>bdist_wheel</c> (as PyPI says), inferred from the name otherwise.</summary>
    public string? PackageType { get; init; }

    /// <summary>The SHA-256 the JSON API publishes (attestations are bound to it).</summary>
    public string? Sha256 { get; init; }

    /// <summary>The size in bytes.</summary>
    public long? Size { get; init; }

    /// <summary>When it was uploaded.</summary>
    public DateTimeOffset? UploadTime { get; init; }

    /// <summary>Whether the file is yanked.</summary>
    public bool Yanked { get; init; }

    /// <summary>Why, when a reason was given.</summary>
    public string? YankedReason { get; init; }

    /// <summary>The file's <c>Requires-Python</c>.</summary>
    public string? RequiresPython { get; init; }

    /// <summary>The file's download URL, as the index publishes it.</summary>
    public Uri? Url { get; init; }

    /// <summary>The SHA-256 of the bytes actually downloaded (<c>--verify-downloads</c>); null when not downloaded.</summary>
    public string? DownloadedSha256 { get; init; }

    /// <summary>The verified provenance.</summary>
    public required FileProvenance Provenance { get; init; }
}
