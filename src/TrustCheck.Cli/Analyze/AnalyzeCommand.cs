using System.CommandLine;
using TrustCheck.Analysis;
using TrustCheck.Cli.Infrastructure;
using TrustCheck.Reporting.Writers;
using TrustCheck.Reports.Analysis;

namespace TrustCheck.Cli.Analyze;

/// <summary>
/// <c>trustcheck analyze DIST_FILE... [--baseline PREVIOUS_DIST_FILE] [--format text|json]</c>: offline analysis of what
/// wheels and sdists would install and run, and what changed since the baseline. Exit 4 when any finding is high or
/// critical, 3 when a file is not a readable distribution, 0 otherwise.
/// </summary>
internal static class AnalyzeCommand
{
    /// <summary>The code of an archive that cannot be read at all.</summary>
    private const string Unreadable = Artifacts.Archives.ArchiveCodes.Unreadable;

    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("DIST_FILE") { Arity = ArgumentArity.OneOrMore, Description = "Wheels (.whl) or sdists (.tar.gz, .zip) to analyse; nothing is downloaded." };
        var baseline = new Option<FileInfo?>("--baseline") { Description = "The previous release's file of the same kind: findings say what is new since it." };
        var format = new Option<string>("--format") { Description = "text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong([.. ReportWriters.AnalyzeReportFormats]);

        var command = new Command("analyze", "Analyse what wheels or sdists would install and run, offline, and what changed since --baseline.")
        {
            files, baseline, format,
        };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(parseResult, async output =>
        {
            var paths = (parseResult.GetValue(files) ?? []).Select(f => f.FullName).ToList();
            var report = await DistributionAnalysis.AnalyzeFilesAsync(paths, parseResult.GetValue(baseline)?.FullName, cancellationToken).ConfigureAwait(false);
            ReportWriters.TryGet(parseResult.GetValue(format)!, out IReportWriter<AnalyzeReport>? writer);
            await writer!.WriteAsync(report, output, ReportWriterOptions.Default, cancellationToken).ConfigureAwait(false);
            return report.Files.Any(f => f.Findings.Any(x => x.Code == Unreadable)) ? ExitCodes.InvalidData
                : report.Files.Any(f => f.Findings.Any(x => x.Severity is "high" or "critical")) ? ExitCodes.PolicyFailed
                : ExitCodes.Success;
        }));
        return command;
    }
}
