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

internal sealed record AttestationDocument(
    [property: JsonPropertyName("version")] JsonElement? Version,
    [property: JsonPropertyName("verification_material")] AttestationMaterialDocument? VerificationMaterial,
    [property: JsonPropertyName("envelope")] AttestationEnvelopeDocument? Envelope);

internal sealed record AttestationMaterialDocument(
    [property: JsonPropertyName("certificate")] string? Certificate,
    [property: JsonPropertyName("transparency_entries")] IReadOnlyList<TransparencyLogEntryDocument>? TransparencyEntries,
    [property: JsonPropertyName("timestamps")] IReadOnlyList<string>? Timestamps);

internal sealed record AttestationEnvelopeDocument(
    [property: JsonPropertyName("statement")] string? Statement,
    [property: JsonPropertyName("signature")] string? Signature);

internal sealed record PublisherDocument(
    [property: JsonPropertyName("kind")] string? Kind,
    [property: JsonPropertyName("repository")] string? Repository,
    [property: JsonPropertyName("workflow")] string? Workflow,
    [property: JsonPropertyName("workflow_filepath")] string? WorkflowFilepath,
    [property: JsonPropertyName("environment")] string? Environment,
    [property: JsonPropertyName("email")] string? Email);

internal sealed record StatementDocument(
    [property: JsonPropertyName("_type")] JsonElement? Type,
    [property: JsonPropertyName("subject")] JsonElement? Subject,
    [property: JsonPropertyName("predicateType")] JsonElement? PredicateType,
    [property: JsonPropertyName("predicate")] JsonElement? Predicate);
