using System.Text.Json;
using TrustCheck.Reports;

namespace TrustCheck.Reporting;

/// <summary>Writes and reads the report's JSON form; its schema is docs/report.schema.json.</summary>
public static class TrustReportJson
{
    /// <summary>The report as indented UTF-8 JSON.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The JSON bytes.</returns>
    public static byte[] Serialize(TrustReport report) => JsonSerializer.SerializeToUtf8Bytes(report, TrustReportJsonContext.Default.TrustReport);

    /// <summary>Reads a report.</summary>
    /// <param name="json">The JSON.</param>
    /// <returns>The report.</returns>
    public static TrustReport Deserialize(ReadOnlySpan<byte> json) =>
        JsonSerializer.Deserialize(json, TrustReportJsonContext.Default.TrustReport) ?? throw new JsonException("The report is null.");
}
