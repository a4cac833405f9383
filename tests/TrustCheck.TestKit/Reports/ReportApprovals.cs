using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json.Nodes;

namespace TrustCheck.TestKit.Reports;

/// <summary>
/// Approves a JSON report: it must match <c>docs/report.schema.json</c>, then its snapshot. The loopback server's
/// address (a new port each run) becomes <c>http://index.test/</c>, and reports made on the wall clock (the CLI's)
/// have their <c>generatedAt</c> replaced by a placeholder.
/// </summary>
public static class ReportApprovals
{
    /// <summary>The address the loopback server's URLs are replaced with.</summary>
    public const string IndexPlaceholder = "http://index.test/";

    /// <summary>Validates and approves a report.</summary>
    /// <param name="json">The report as UTF-8 JSON.</param>
    /// <param name="serverUrl">The loopback server the evidence came from.</param>
    /// <param name="wallClock">True when the report's time came from the wall clock, so it is scrubbed.</param>
    /// <param name="scenario">A suffix for parameterized tests; null for none.</param>
    /// <param name="sourceFile">Filled in by the compiler.</param>
    /// <param name="testName">Filled in by the compiler.</param>
    /// <exception cref="ApprovalException">The report breaks the schema, or differs from its snapshot.</exception>
    public static void Approve(
        ReadOnlySpan<byte> json,
        Uri serverUrl,
        bool wallClock = false,
        string? scenario = null,
        [CallerFilePath] string sourceFile = "",
        [CallerMemberName] string testName = "")
    {
        ArgumentNullException.ThrowIfNull(serverUrl);
        var violations = ReportSchema.Violations(json);
        if (violations.Count > 0)
        {
            throw new ApprovalException("The report does not match docs/report.schema.json:\n" + string.Join("\n", violations));
        }

        var text = Encoding.UTF8.GetString(json).Replace(serverUrl.AbsoluteUri, IndexPlaceholder, StringComparison.Ordinal);
        var report = JsonNode.Parse(text)!;
        if (wallClock)
        {
            report["generatedAt"] = "(wall clock)";
        }

        Approvals.VerifyJson(report.ToJsonString(), scenario, sourceFile, testName);
    }
}
