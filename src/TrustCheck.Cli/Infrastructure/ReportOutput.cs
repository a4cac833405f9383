using TrustCheck.Reporting.Writers;

namespace TrustCheck.Cli.Infrastructure;

/// <summary>Writes a report with the SDK's writer for the chosen format, to stdout or to <c>--output</c>.</summary>
internal static class ReportOutput
{
    public static async Task WriteAsync<TReport>(IReportWriter<TReport> writer, TReport report, TextWriter stdout, FileInfo? file, ReportWriterOptions options, CancellationToken cancellationToken)
        where TReport : class
    {
        if (file is null)
        {
            await writer.WriteAsync(report, stdout, options, cancellationToken).ConfigureAwait(false);
            return;
        }

        var output = new StreamWriter(file.FullName, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        await using (output.ConfigureAwait(false))
        {
            await writer.WriteAsync(report, output, options, cancellationToken).ConfigureAwait(false);
        }
    }
}
