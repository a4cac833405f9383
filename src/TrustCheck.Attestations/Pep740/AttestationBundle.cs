using System.Text.Json;

namespace TrustCheck.Attestations.Pep740;

/// <summary>One bundle of a provenance object: the publisher and the attestations it produced.</summary>
/// <param name="Publisher">The Trusted Publisher PyPI recorded.</param>
/// <param name="Attestations">The attestation objects, as JSON.</param>
public sealed record AttestationBundle(TrustedPublisher Publisher, IReadOnlyList<JsonElement> Attestations);
