namespace TrustCheck.Reporting.Writers;

/// <summary>Writes a report in one output format (text, JSON, SARIF, Markdown, …).</summary>
/// <typeparam name="TReport">The report type.</typeparam>
public interface IReportWriter<in TReport>
    where TReport : class
{
    /// <summary>The format's name, as <c>--format</c> takes it.</summary>
    string Format { get; }

    /// <summary>Writes the report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">Where to write it.</param>
    /// <param name="options">Presentation options (colour, width).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the report is written.</returns>
    Task WriteAsync(TReport report, TextWriter output, ReportWriterOptions options, CancellationToken cancellationToken = default);
}
