namespace TrustCheck.Evidence.Simple;

/// <summary>One file of a Simple API project page (PEP 503/691, with PEP 700, 714 and 740 fields).</summary>
public sealed record SimpleFile
{
    /// <summary>The file name.</summary>
    public required string Filename { get; init; }

    /// <summary>The download URL, resolved against the page's URL.</summary>
    public required Uri Url { get; init; }

    /// <summary>The published hashes by lowercase algorithm name (<c>sha256</c>), as lowercase hex.</summary>
    public IReadOnlyDictionary<string, string> Hashes { get; init; } = new Dictionary<string, string>();

    /// <summary>The file's <c>Requires-Python</c>.</summary>
    public string? RequiresPython { get; init; }

    /// <summary>The size in bytes (PEP 700).</summary>
    public long? Size { get; init; }

    /// <summary>The upload time (PEP 700).</summary>
    public DateTimeOffset? UploadTime { get; init; }

    /// <summary>Whether the file is yanked.</summary>
    public bool Yanked { get; init; }

    /// <summary>Why, when the index gave a reason.</summary>
    public string? YankedReason { get; init; }

    /// <summary>Whether a PEP 658/714 core-metadata file is served next to the file.</summary>
    public bool HasCoreMetadata { get; init; }

    /// <summary>Where the file's PEP 740 provenance is, when the index says it has one.</summary>
    public Uri? Provenance { get; init; }

    /// <summary>The SHA-256 hash, when published.</summary>
    public string? Sha256 => Hashes.TryGetValue("sha256", out var value) ? value : null;
}
