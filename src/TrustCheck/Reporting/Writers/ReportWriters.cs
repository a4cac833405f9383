using System.Diagnostics.CodeAnalysis;
using TrustCheck.Reports;
using TrustCheck.Reports.Analysis;
using TrustCheck.Reports.NameCheck;
using TrustCheck.Reports.Verification;

namespace TrustCheck.Reporting.Writers;

/// <summary>The report writers TrustCheck ships, by format name.</summary>
public static class ReportWriters
{
    private static readonly IReportWriter<TrustReport>[] TrustReportWriters =
    [
        new TextReportWriter(),
        new JsonReportWriter(),
        new SarifWriter(),
        new MarkdownReportWriter(),
    ];

    private static readonly IReportWriter<VerifyReport>[] VerifyReportWriters =
    [
        new VerifyTextWriter(),
        new VerifyJsonWriter(),
    ];

    private static readonly IReportWriter<NameCheckReport>[] NameCheckReportWriters =
    [
        new NameCheckTextWriter(),
        new NameCheckJsonWriter(),
    ];

    private static readonly IReportWriter<AnalyzeReport>[] AnalyzeReportWriters =
    [
        new AnalyzeTextWriter(),
        new AnalyzeJsonWriter(),
    ];

    /// <summary>The formats an analyze report can be written in.</summary>
    public static IReadOnlyList<string> AnalyzeReportFormats { get; } = [.. AnalyzeReportWriters.Select(w => w.Format)];

    /// <summary>The formats an inspection report can be written in.</summary>
    public static IReadOnlyList<string> TrustReportFormats { get; } = [.. TrustReportWriters.Select(w => w.Format)];

    /// <summary>The formats a verification report can be written in.</summary>
    public static IReadOnlyList<string> VerifyReportFormats { get; } = [.. VerifyReportWriters.Select(w => w.Format)];

    /// <summary>The formats a name-check report can be written in.</summary>
    public static IReadOnlyList<string> NameCheckReportFormats { get; } = [.. NameCheckReportWriters.Select(w => w.Format)];

    /// <summary>The writer for an analyze report format.</summary>
    /// <param name="format">The format name.</param>
    /// <param name="writer">The writer, when the format is known.</param>
    /// <returns>Whether the format is known.</returns>
    public static bool TryGet(string format, [NotNullWhen(true)] out IReportWriter<AnalyzeReport>? writer) => TryFind(AnalyzeReportWriters, format, out writer);

    /// <summary>The writer for a name-check report format.</summary>
    /// <param name="format">The format name.</param>
    /// <param name="writer">The writer, when the format is known.</param>
    /// <returns>Whether the format is known.</returns>
    public static bool TryGet(string format, [NotNullWhen(true)] out IReportWriter<NameCheckReport>? writer) => TryFind(NameCheckReportWriters, format, out writer);

    /// <summary>The writer for an inspection report format.</summary>
    /// <param name="format">The format name.</param>
    /// <param name="writer">The writer, when the format is known.</param>
    /// <returns>Whether the format is known.</returns>
    public static bool TryGet(string format, [NotNullWhen(true)] out IReportWriter<TrustReport>? writer) => TryFind(TrustReportWriters, format, out writer);

    /// <summary>The writer for a verification report format.</summary>
    /// <param name="format">The format name.</param>
    /// <param name="writer">The writer, when the format is known.</param>
    /// <returns>Whether the format is known.</returns>
    public static bool TryGet(string format, [NotNullWhen(true)] out IReportWriter<VerifyReport>? writer) => TryFind(VerifyReportWriters, format, out writer);

    private static bool TryFind<TReport>(IReportWriter<TReport>[] writers, string format, [NotNullWhen(true)] out IReportWriter<TReport>? writer)
        where TReport : class
    {
        writer = writers.FirstOrDefault(w => string.Equals(w.Format, format, StringComparison.Ordinal));
        return writer is not null;
    }
}
