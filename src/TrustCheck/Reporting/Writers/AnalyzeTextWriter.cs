using System.Globalization;
using TrustCheck.Reports.Analysis;

namespace TrustCheck.Reporting.Writers;

/// <summary>The analyze report for a person: per file, its verdict line, then one line per finding, most severe first.</summary>
internal sealed class AnalyzeTextWriter : IReportWriter<AnalyzeReport>
{
    public string Format => "text";

    public async Task WriteAsync(AnalyzeReport report, TextWriter output, ReportWriterOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        foreach (var file in report.Files)
        {
            var serious = file.Findings.Count(f => f.Severity is "high" or "critical");
            var header = string.Create(CultureInfo.InvariantCulture,
                $"{TerminalText.Escape(file.Filename)} ({file.Kind}, sha256 {file.Sha256}){(file.Baseline is null ? string.Empty : ", compared with " + file.Baseline)}: {(serious > 0 ? $"{serious} high or critical finding(s)" : file.Findings.Count == 0 ? "nothing found" : $"{file.Findings.Count} finding(s), none high")}");
            await output.WriteLineAsync(header.AsMemory(), cancellationToken).ConfigureAwait(false);
            foreach (var finding in file.Findings)
            {
                await output.WriteLineAsync($"  {finding.Severity.ToUpperInvariant(),-8} {finding.Code}  {TerminalText.Escape(finding.Message)}".AsMemory(), cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
