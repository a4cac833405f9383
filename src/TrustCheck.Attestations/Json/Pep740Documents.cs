using System.Text.Json;
using System.Text.Json.Serialization;

namespace TrustCheck.Attestations.Json;

// Wire shapes of PEP 740 objects (snake_case), as the PyPI Integrity API serves them. Unknown keys are ignored.
internal sealed record ProvenanceDocument(
    [property: JsonPropertyName("version")] JsonElement? Version,
    [property: JsonPropertyName("attestation_bundles")] IReadOnlyList<AttestationBundleDocument>? AttestationBundles);

internal sealed record AttestationBundleDocument(
    [property: JsonPropertyName("publisher")] JsonElement? Publisher,
    [property: JsonPropertyName("attestations")] IReadOnlyList<JsonElement>? Attestations);
