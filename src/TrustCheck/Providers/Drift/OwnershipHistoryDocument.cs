namespace TrustCheck.Providers.Drift;

/// <summary>The JSON file <see cref="FileOwnershipHistory"/> keeps per project: its snapshots, oldest first.</summary>
internal sealed record OwnershipHistoryDocument
{
    /// <summary>The file format's version.</summary>
    public int FormatVersion { get; init; } = 1;

    /// <summary>The project's normalized name.</summary>
    public required string Project { get; init; }

    /// <summary>The recorded snapshots, oldest first.</summary>
    public IReadOnlyList<OwnershipSnapshot> Snapshots { get; init; } = [];
}
