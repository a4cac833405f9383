using System.Text;
using TrustCheck.TestKit.Reports;

namespace TrustCheck.TestKit.Tests.Reports;

public sealed class ReportSchemaTests
{
    [Fact]
    public void Violations_ReportWithoutPackagesAndAnUnknownVersion_NamesBothProblems()
    {
        var violations = ReportSchema.Violations(Encoding.UTF8.GetBytes("""{ "schemaVersion": "0.9", "toolVersion": "0.1.0" }"""));

        Assert.NotEmpty(violations);
        Assert.Contains(violations, v => v.Contains("schemaVersion", StringComparison.Ordinal) || v.Contains("packages", StringComparison.Ordinal));
    }

    [Fact]
    public void Approve_ReportBreakingTheSchema_FailsBeforeAnySnapshotIsWritten()
    {
        var error = Assert.Throws<ApprovalException>(() =>
            ReportApprovals.Approve(Encoding.UTF8.GetBytes("""{ "schemaVersion": 1 }"""), new Uri("http://127.0.0.1:1/")));

        Assert.Contains("docs/report.schema.json", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Approvals.SnapshotBaseName(SourceFile(), nameof(Approve_ReportBreakingTheSchema_FailsBeforeAnySnapshotIsWritten), null) + ".received.json"));
    }

    private static string SourceFile([System.Runtime.CompilerServices.CallerFilePath] string path = "") => path;
}
