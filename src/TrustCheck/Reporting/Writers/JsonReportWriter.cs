using TrustCheck.Reports;

namespace TrustCheck.Reporting.Writers;

/// <summary>The report contract as JSON (<see cref="TrustReportJson"/>; schema in docs/report.schema.json).</summary>
internal sealed class JsonReportWriter : IReportWriter<TrustReport>
{
    public string Format => "json";

    public Task WriteAsync(TrustReport report, TextWriter output, ReportWriterOptions options, CancellationToken cancellationToken = default) =>
        Utf8Text.WriteAsync(output, TrustReportJson.Serialize(report), cancellationToken);
}
