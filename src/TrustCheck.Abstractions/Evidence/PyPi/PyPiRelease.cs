namespace TrustCheck.Evidence.PyPi;

/// <summary>PyPI's JSON API answer for one release (<c>/pypi/{name}/{version}/json</c>).</summary>
public record PyPiRelease
{
    /// <summary>The release metadata.</summary>
    public required PyPiReleaseInfo Info { get; init; }

    /// <summary>The release's files.</summary>
    public IReadOnlyList<PyPiFile> Files { get; init; } = [];

    /// <summary>The vulnerabilities PyPI lists for the release.</summary>
    public IReadOnlyList<PyPiVulnerability> Vulnerabilities { get; init; } = [];

    /// <summary>The project's collaborators and organization.</summary>
    public PyPiOwnership? Ownership { get; init; }

    /// <summary>The project's journal serial when the answer was made.</summary>
    public long LastSerial { get; init; }
}
