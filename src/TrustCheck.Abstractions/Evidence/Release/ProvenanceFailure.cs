namespace TrustCheck.Evidence.Release;

/// <summary>Where and why verification failed.</summary>
/// <param name="Stage">The stage (<c>chain</c>, <c>sct</c>, <c>inclusion-proof</c>, <c>signature</c>, <c>subject</c>, <c>identity</c>, …).</param>
/// <param name="Reason">Why, for a person.</param>
public sealed record ProvenanceFailure(string Stage, string Reason);
