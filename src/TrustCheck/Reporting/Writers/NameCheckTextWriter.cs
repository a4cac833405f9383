using System.Globalization;
using TrustCheck.Reports.NameCheck;

namespace TrustCheck.Reporting.Writers;

/// <summary>The name-check report for a person: one line per name, the imitated name and how for flagged ones.</summary>
internal sealed class NameCheckTextWriter : IReportWriter<NameCheckReport>
{
    public string Format => "text";

    public async Task WriteAsync(NameCheckReport report, TextWriter output, ReportWriterOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        foreach (var result in report.Results)
        {
            var line = result.Flagged
                ? string.Create(CultureInfo.InvariantCulture, $"{result.Name}: FLAGGED — looks like {result.Target} ({result.Technique}{(result.Edits is { } edits && edits != result.Technique ? ": " + edits : string.Empty)}; {Where(result)})")
                : $"{result.Name}: ok";
            await output.WriteLineAsync(line.AsMemory(), cancellationToken).ConfigureAwait(false);
        }
    }

    private static string Where(NameCheckResult result) => result.TargetSource switch
    {
        "popular" => string.Create(CultureInfo.InvariantCulture, $"popular project, rank {result.TargetRank}"),
        "trusted" => "a name you trust",
        _ => "a frequently impersonated name",
    };
}
