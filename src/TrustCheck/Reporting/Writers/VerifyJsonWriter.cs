using System.Text.Json;
using TrustCheck.Reports.Verification;

namespace TrustCheck.Reporting.Writers;

/// <summary>The verification report as JSON (the <c>verify --format json</c> contract of docs/cli.md).</summary>
internal sealed class VerifyJsonWriter : IReportWriter<VerifyReport>
{
    public string Format => "json";

    public Task WriteAsync(VerifyReport report, TextWriter output, ReportWriterOptions options, CancellationToken cancellationToken = default) =>
        Utf8Text.WriteAsync(output, JsonSerializer.SerializeToUtf8Bytes(report, VerifyReportJsonContext.Default.VerifyReport), cancellationToken);
}
