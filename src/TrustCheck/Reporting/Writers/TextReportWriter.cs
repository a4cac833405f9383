using Spectre.Console;
using TrustCheck.Reports;

namespace TrustCheck.Reporting.Writers;

/// <summary>
/// The report for a person at a glance: a verdict line per package, its findings in a table, each file's
/// provenance, the dependency summary, and the policy's decision. Colour only when asked for and possible.
/// </summary>
internal sealed class TextReportWriter : IReportWriter<TrustReport>
{
    public string Format => "text";

    public async Task WriteAsync(TrustReport report, TextWriter output, ReportWriterOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        using var buffer = new StringWriter();
        Render(report, buffer, options);
        await output.WriteLineAsync(buffer.ToString().TrimEnd().AsMemory(), cancellationToken).ConfigureAwait(false);
    }

    private static void Render(TrustReport report, TextWriter writer, ReportWriterOptions options)
    {
        var colour = options.Colour;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = colour ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = colour ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = options.Width;
        foreach (var package in report.Packages.Where(p => p.Root))
        {
            RenderPackage(console, package);
        }

        var dependencies = report.Packages.Where(p => !p.Root).ToList();
        if (dependencies.Count > 0)
        {
            RenderDependencies(console, dependencies);
        }

        var policy = report.Policy;
        console.MarkupLine(policy.Passed
            ? $"[green]Policy '{Markup.Escape(policy.Name)}' passed.[/]"
            : $"[red]Policy '{Markup.Escape(policy.Name)}' failed:[/]");
        foreach (var violation in policy.Violations)
        {
            console.MarkupLine($"  [red]✗[/] {Markup.Escape(violation.Package)} [dim]{Markup.Escape(violation.Rule)}[/]: {Markup.Escape(violation.Message)}");
        }
    }

    private static void RenderPackage(IAnsiConsole console, PackageReport package)
    {
        console.MarkupLine($"{Badge(package.Recommendation)} [bold]{Markup.Escape(package.Name)} {Markup.Escape(package.Version)}[/]  score {package.Score}/100");
        if (package.Files.Count > 0)
        {
            var files = new Table().Border(TableBorder.Simple).AddColumns("file", "provenance", "publisher");
            foreach (var file in package.Files)
            {
                var publisher = file.Provenance.Publisher is { } p ? $"{p.Kind} {p.Repository} {p.Workflow}".Trim() : string.Empty;
                var status = file.Provenance.Failure is { } f ? $"{file.Provenance.Status} ({f.Stage})" : file.Provenance.Status;
                files.AddRow(Markup.Escape(TerminalText.Escape(file.Filename)), Markup.Escape(status), Markup.Escape(publisher));
            }

            console.Write(files);
        }

        var findings = package.Findings.Where(f => f.Severity != "info" || f.Suppressed is not null).ToList();
        if (findings.Count > 0)
        {
            var table = new Table().Border(TableBorder.Simple).AddColumns("code", "severity", "finding");
            foreach (var finding in findings.OrderByDescending(f => SeverityRank.Of(f.Severity)))
            {
                var message = finding.Suppressed is { } s ? $"{finding.Message} [suppressed by {s.Owner}]" : finding.Message;
                table.AddRow(Markup.Escape(finding.Code), Markup.Escape(finding.Severity), Markup.Escape(TerminalText.Escape(message)));
            }

            console.Write(table);
        }
        else
        {
            console.MarkupLine("  [dim]no findings of concern[/]");
        }

        console.WriteLine();
    }

    private static void RenderDependencies(IAnsiConsole console, List<PackageReport> dependencies)
    {
        var counts = dependencies.GroupBy(d => d.Recommendation).OrderByDescending(g => g.Key).Select(g => $"{g.Count()} {g.Key.ToName()}");
        console.MarkupLine($"[bold]Dependencies[/] ({dependencies.Count}): {Markup.Escape(string.Join(", ", counts))}");
        foreach (var dependency in dependencies.Where(d => d.Recommendation is Recommendation.HighRisk or Recommendation.ReviewRequired).OrderByDescending(d => d.Recommendation))
        {
            var worst = dependency.Findings.Where(f => f.Suppressed is null).OrderByDescending(f => SeverityRank.Of(f.Severity)).FirstOrDefault();
            console.MarkupLine($"  {Badge(dependency.Recommendation)} {Markup.Escape(dependency.Name)} {Markup.Escape(dependency.Version)}{(worst is null ? string.Empty : " — " + Markup.Escape(TerminalText.Escape(worst.Message)))}");
        }

        console.WriteLine();
    }

    private static string Badge(Recommendation recommendation) => recommendation switch
    {
        Recommendation.Verified => "[green]VERIFIED[/]",
        Recommendation.MetadataOnly => "[yellow]METADATA-ONLY[/]",
        Recommendation.ReviewRequired => "[darkorange]REVIEW-REQUIRED[/]",
        _ => "[red]HIGH-RISK[/]",
    };
}
