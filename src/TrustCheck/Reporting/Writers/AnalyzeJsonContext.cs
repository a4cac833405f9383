using System.Text.Json.Serialization;
using TrustCheck.Reports.Analysis;

namespace TrustCheck.Reporting.Writers;

/// <summary>The analyze report's JSON form (camelCase, nulls kept so the shape is stable).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(AnalyzeReport))]
internal sealed partial class AnalyzeJsonContext : JsonSerializerContext;
