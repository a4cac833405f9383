namespace TrustCheck.Attestations.Tuf;

/// <summary>Download and rotation limits (python-tuf's defaults).</summary>
public sealed record TufLimits
{
    /// <summary>The most bytes accepted for a root file.</summary>
    public long MaxRootLength { get; init; } = 512_000;

    /// <summary>The most bytes accepted for timestamp.json.</summary>
    public long MaxTimestampLength { get; init; } = 16_384;

    /// <summary>The most bytes accepted for a snapshot whose length the timestamp does not give.</summary>
    public long MaxSnapshotLength { get; init; } = 2_000_000;

    /// <summary>The most bytes accepted for targets metadata whose length the snapshot does not give.</summary>
    public long MaxTargetsLength { get; init; } = 5_000_000;

    /// <summary>The most root versions a single refresh may walk.</summary>
    public int MaxRootRotations { get; init; } = 32;
}
