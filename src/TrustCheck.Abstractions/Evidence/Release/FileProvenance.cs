namespace TrustCheck.Evidence.Release;

/// <summary>The verified provenance of one distribution file.</summary>
public sealed record FileProvenance
{
    /// <summary>The outcome.</summary>
    public required ProvenanceOutcome Outcome { get; init; }

    /// <summary>Where and why it failed, for <see cref="ProvenanceOutcome.Failed"/>.</summary>
    public ProvenanceFailure? Failure { get; init; }

    /// <summary>The publisher (verified for <see cref="ProvenanceOutcome.Verified"/>; as claimed otherwise).</summary>
    public PublisherIdentity? Publisher { get; init; }

    /// <summary>The in-toto predicate types of the verified attestations.</summary>
    public IReadOnlyList<string> PredicateTypes { get; init; } = [];

    /// <summary>When the verified attestations were signed.</summary>
    public DateTimeOffset? SignedAt { get; init; }

    /// <summary>Where the provenance came from.</summary>
    public string? Source { get; init; }

    /// <summary>No provenance.</summary>
    public static FileProvenance Absent { get; } = new() { Outcome = ProvenanceOutcome.Absent };
}
