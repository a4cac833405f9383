using System.Text.Json;
using TrustCheck.Reports.NameCheck;

namespace TrustCheck.Reporting.Writers;

/// <summary>The name-check report as JSON (<c>results[]</c> with <c>name</c>, <c>flagged</c>, <c>target</c>, <c>technique</c>).</summary>
internal sealed class NameCheckJsonWriter : IReportWriter<NameCheckReport>
{
    public string Format => "json";

    public Task WriteAsync(NameCheckReport report, TextWriter output, ReportWriterOptions options, CancellationToken cancellationToken = default) =>
        Utf8Text.WriteAsync(output, JsonSerializer.SerializeToUtf8Bytes(report, NameCheckJsonContext.Default.NameCheckReport), cancellationToken);
}
