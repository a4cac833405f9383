namespace TrustCheck.Evidence.PyPi;

/// <summary>One distribution file of a release, as PyPI's JSON API lists it (<c>urls[]</c> and <c>releases</c>).</summary>
public sealed record PyPiFile
{
    /// <summary>The file name.</summary>
    public required string Filename { get; init; }

    /// <summary>The package type: <c>sdist</c>, <c>bdist_wheel</c>, …</summary>
    public string? PackageType { get; init; }

    /// <summary>The <c>python_version</c> field (<c>source</c>, <c>py3</c>, …).</summary>
    public string? PythonVersion { get; init; }

    /// <summary>The digests.</summary>
    public PyPiFileDigests Digests { get; init; } = new(null);

    /// <summary>The size in bytes.</summary>
    public long? Size { get; init; }

    /// <summary>When the file was uploaded.</summary>
    public DateTimeOffset? UploadTime { get; init; }

    /// <summary>Where the file is downloaded from.</summary>
    public string? Url { get; init; }

    /// <summary>The file's <c>Requires-Python</c>.</summary>
    public string? RequiresPython { get; init; }

    /// <summary>Whether the file (its release) is yanked.</summary>
    public bool Yanked { get; init; }

    /// <summary>Why, when a reason was given.</summary>
    public string? YankedReason { get; init; }

    /// <summary>The SHA-256 of the PEP 658 core-metadata file, when one is served.</summary>
    public string? CoreMetadataSha256 { get; init; }
}
