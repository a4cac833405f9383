using System.Text.Json.Serialization;
using TrustCheck.Reports.Verification;

namespace TrustCheck.Reporting.Writers;

/// <summary>The verification report's JSON form (camelCase, nulls kept so the shape is stable).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(VerifyReport))]
internal sealed partial class VerifyReportJsonContext : JsonSerializerContext;
