using System.Text.Json.Serialization;
using TrustCheck.Reports;

namespace TrustCheck.Reporting;

/// <summary>The report's JSON form (camelCase, nulls kept so the shape is stable).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(TrustReport))]
internal sealed partial class TrustReportJsonContext : JsonSerializerContext;
