using System.Globalization;
using System.Text;
using TrustCheck.Reports;

namespace TrustCheck.Reporting.Writers;

/// <summary>
/// The report as Markdown, for pull-request comments and job summaries: the verdict and the counts first, then only
/// what needs attention (policy violations, high-risk and review-required packages with their medium-or-worse
/// findings and where they are declared, entries a scan could not inspect).
/// </summary>
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
        var attention = report.Packages.Where(p => p.Recommendation is Recommendation.HighRisk or Recommendation.ReviewRequired).ToList();
        var notInspectable = (report.Inputs ?? []).SelectMany(i => i.NotInspectable).Where(n => n.Reason is not "not-for-target" and not "local-project").ToList();
        text.AppendLine(CultureInfo.InvariantCulture, $"## TrustCheck: {(report.Policy.Passed ? "✅ passed" : "❌ failed")} (policy `{report.Policy.Name}`)").AppendLine();
        var counts = report.Packages.GroupBy(p => p.Recommendation).OrderByDescending(g => g.Key).Select(g => $"{g.Count()} {g.Key.ToName()}");
        text.AppendLine(CultureInfo.InvariantCulture, $"{report.Packages.Count} package{(report.Packages.Count == 1 ? string.Empty : "s")}: {string.Join(", ", counts)}.");
        if (attention.Count == 0 && notInspectable.Count == 0 && report.Policy.Violations.Count == 0)
        {
            text.AppendLine().AppendLine("Nothing needs attention.");
            return text.ToString();
        }

        if (report.Policy.Violations.Count > 0)
        {
            text.AppendLine().AppendLine("### Policy violations").AppendLine();
            foreach (var violation in report.Policy.Violations)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"- `{Cell(violation.Package)}` {violation.Rule}: {Cell(violation.Message)}");
            }
        }

        foreach (var package in attention.OrderByDescending(p => p.Recommendation).ThenBy(p => p.Name, StringComparer.Ordinal))
        {
            text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"### {package.Name} {package.Version}: {package.Recommendation.ToName()}").AppendLine();
            foreach (var place in package.DeclaredIn ?? [])
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"Declared in `{Cell(Path.GetFileName(place.File))}:{place.Line}` as `{Cell(place.Requirement)}`.").AppendLine();
            }

            text.AppendLine("| code | severity | finding |").AppendLine("|---|---|---|");
            foreach (var finding in package.Findings.Where(f => f.Severity is not "info" and not "low" && f.Suppressed is null).OrderByDescending(f => SeverityRank.Of(f.Severity)))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"| {finding.Code} | {finding.Severity} | {Cell(finding.Message)} |");
            }
        }

        if (notInspectable.Count > 0)
        {
            text.AppendLine().AppendLine("### Not inspected").AppendLine();
            foreach (var entry in notInspectable)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"- `{Cell(Path.GetFileName(entry.File))}:{entry.Line}` ({entry.Reason}): `{Cell(entry.Text)}`");
            }
        }

        return text.ToString();
    }

    private static string Cell(string value) => value.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
