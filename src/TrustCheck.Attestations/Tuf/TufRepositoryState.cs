namespace TrustCheck.Attestations.Tuf;

/// <summary>The verified metadata a refresh ends with.</summary>
internal sealed record TufRepositoryState(RootMetadata Root, SignedMetadata Timestamp, SignedMetadata Snapshot, SignedMetadata Targets);
