using System.Text.Json;
using TrustCheck.Reports.Analysis;

namespace TrustCheck.Reporting.Writers;

/// <summary>The analyze report as JSON (<c>files[]</c> with <c>filename</c>, <c>sha256</c>, <c>kind</c>, <c>baseline</c>, <c>findings[]</c>).</summary>
internal sealed class AnalyzeJsonWriter : IReportWriter<AnalyzeReport>
{
    public string Format => "json";

    public Task WriteAsync(AnalyzeReport report, TextWriter output, ReportWriterOptions options, CancellationToken cancellationToken = default) =>
        Utf8Text.WriteAsync(output, JsonSerializer.SerializeToUtf8Bytes(report, AnalyzeJsonContext.Default.AnalyzeReport), cancellationToken);
}
