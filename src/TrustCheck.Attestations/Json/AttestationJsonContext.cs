using System.Text.Json.Serialization;

namespace TrustCheck.Attestations.Json;

/// <summary>Source-generated serialization for every wire format the verifier reads.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = false,
    MaxDepth = 64,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Disallow,
    AllowTrailingCommas = false,
    NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(TrustedRootDocument))]
[JsonSerializable(typeof(BundleDocument))]
[JsonSerializable(typeof(ProvenanceDocument))]
internal sealed partial class AttestationJsonContext : JsonSerializerContext;
