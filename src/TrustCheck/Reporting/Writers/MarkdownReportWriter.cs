using System.Globalization;
using System.Text;
using TrustCheck.Reports;

namespace TrustCheck.Reporting.Writers;

/// <summary>The report as Markdown, for pull-request comments and job summaries.</summary>
internal sealed class MarkdownReportWriter : IReportWriter<TrustReport>
{
    public string Format => "markdown";

    public Task WriteAsync(TrustReport report, TextWriter output, ReportWriterOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        return output.WriteLineAsync(Render(report).TrimEnd().AsMemory(), cancellationToken);
    }

    private static string Render(TrustReport report)
    {
        var text = new StringBuilder();
        text.AppendLine("# TrustCheck report").AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Policy **{report.Policy.Name}**: {(report.Policy.Passed ? "passed" : "failed")}").AppendLine();
        text.AppendLine("| package | version | recommendation | score |").AppendLine("|---|---|---|---|");
        foreach (var package in report.Packages)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {Cell(package.Name)}{(package.Root ? string.Empty : " (dependency)")} | {Cell(package.Version)} | {package.Recommendation.ToName()} | {package.Score} |");
        }

        foreach (var package in report.Packages.Where(p => p.Findings.Any(f => f.Severity != "info")))
        {
            text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"## {package.Name} {package.Version}").AppendLine();
            text.AppendLine("| code | severity | finding |").AppendLine("|---|---|---|");
            foreach (var finding in package.Findings.Where(f => f.Severity != "info").OrderByDescending(f => SeverityRank.Of(f.Severity)))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"| {finding.Code} | {finding.Severity}{(finding.Suppressed is null ? string.Empty : " (suppressed)")} | {Cell(finding.Message)} |");
            }
        }

        if (report.Policy.Violations.Count > 0)
        {
            text.AppendLine().AppendLine("## Policy violations").AppendLine();
            foreach (var violation in report.Policy.Violations)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"- `{violation.Package}` {violation.Rule}: {violation.Message}");
            }
        }

        return text.ToString();
    }

    private static string Cell(string value) => value.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
