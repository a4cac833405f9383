namespace TrustCheck.Evidence.Release;

/// <summary>Where and why verification failed.</summary>
/// <param name="Stage">The stage (<c>chain</c>, <c>sct</c>, <c>inclusion-proof</c>, <c>signature</c>, <c>subject</c>, <c>identity</c>, …).</param>
/// <param name="Reason">Why, for a person.</param>
public sealed record ProvenanceFailure(string Stage, string Reason)
{
    /// <summary>
    /// The stage before any attestation: the file's digest is in doubt (the two APIs disagree, or the downloaded bytes
    /// hash to something else), so nothing can be bound to it.
    /// </summary>
    public const string DigestStage = "digest";
}
