using System.Text.Json.Serialization;

namespace TrustCheck.Providers.Drift;

/// <summary>Source-generated JSON for the ownership history files.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    MaxDepth = 16,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(OwnershipHistoryDocument))]
internal sealed partial class OwnershipJsonContext : JsonSerializerContext;
