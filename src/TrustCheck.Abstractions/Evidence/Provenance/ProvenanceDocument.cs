namespace TrustCheck.Evidence.Provenance;

/// <summary>The answer of a provenance lookup: the raw PEP 740 provenance object, or its absence.</summary>
public sealed record ProvenanceDocument
{
    /// <summary>Where it was looked up, credentials redacted.</summary>
    public required string Source { get; init; }

    /// <summary>Found or absent.</summary>
    public required ProvenanceStatus Status { get; init; }

    /// <summary>The provenance JSON bytes (empty when absent), for the offline verifier.</summary>
    public ReadOnlyMemory<byte> Content { get; init; }
}
