using System.Runtime.CompilerServices;
using TrustCheck.Reporting;
using TrustCheck.Reports;
using TrustCheck.TestKit.Reports;

namespace TrustCheck.Tests.Engine;

/// <summary>Checks an SDK report (made on a fixed clock) against docs/report.schema.json and its snapshot.</summary>
internal static class ReportAssertions
{
    public static void Approve(TrustReport report, Uri serverUrl, string? scenario = null, [CallerFilePath] string sourceFile = "", [CallerMemberName] string testName = "") =>
        ReportApprovals.Approve(TrustReportJson.Serialize(report), serverUrl, wallClock: false, scenario, sourceFile, testName);
}
