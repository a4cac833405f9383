namespace TrustCheck.Evidence.Release;

/// <summary>An earlier release, as far as drift checks need it.</summary>
public sealed record ReleaseHistoryEntry
{
    /// <summary>The version string.</summary>
    public required string Version { get; init; }

    /// <summary>When its first file was uploaded.</summary>
    public DateTimeOffset? UploadTime { get; init; }

    /// <summary>Whether it is yanked.</summary>
    public bool Yanked { get; init; }

    /// <summary>Its files with verified provenance; empty when provenance was not looked up for it.</summary>
    public IReadOnlyList<DistributionEvidence> Files { get; init; } = [];

    /// <summary>Whether its files' provenance was looked up (only the nearest earlier releases are).</summary>
    public bool ProvenanceChecked { get; init; }
}
