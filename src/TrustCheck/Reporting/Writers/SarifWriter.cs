using TrustCheck.Reports;

namespace TrustCheck.Reporting.Writers;

/// <summary>The report as SARIF 2.1.0 (<see cref="SarifReportWriter"/>).</summary>
internal sealed class SarifWriter : IReportWriter<TrustReport>
{
    public string Format => "sarif";

    public Task WriteAsync(TrustReport report, TextWriter output, ReportWriterOptions options, CancellationToken cancellationToken = default) =>
        Utf8Text.WriteAsync(output, SarifReportWriter.Write(report), cancellationToken);
}
