using System.Text.Json.Serialization;
using TrustCheck.Reports.NameCheck;

namespace TrustCheck.Reporting.Writers;

/// <summary>The name-check report's JSON form (camelCase, nulls kept so the shape is stable).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(NameCheckReport))]
internal sealed partial class NameCheckJsonContext : JsonSerializerContext;
