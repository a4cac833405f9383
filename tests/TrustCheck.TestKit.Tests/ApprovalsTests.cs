namespace TrustCheck.TestKit.Tests;

public sealed class ApprovalsTests : IDisposable
{
    private readonly DirectoryInfo _scratch = Directory.CreateTempSubdirectory("trustcheck-approvals-");

    public void Dispose() => _scratch.Delete(recursive: true);

    [Fact]
    public void SnapshotBaseName_FollowsVerifyNaming()
    {
        var name = Approvals.SnapshotBaseName("/repo/tests/ReportTests.cs", "Render_Json_Matches", "case1");

        Assert.Equal("/repo/tests/ReportTests.Render_Json_Matches_case1", name);
    }

    [Fact]
    public void Compare_NoSnapshot_WritesReceivedAndFails()
    {
        var (verified, received) = Paths();

        Assert.Throws<ApprovalException>(() => Approvals.Compare("{}\n", verified, received));
        Assert.Equal("{}\n", File.ReadAllText(received));
    }

    [Fact]
    public void Compare_Mismatch_WritesReceivedAndFails()
    {
        var (verified, received) = Paths();
        File.WriteAllText(verified, "{\"a\": 1}\n");

        var error = Assert.Throws<ApprovalException>(() => Approvals.Compare("{\"a\": 2}\n", verified, received));
        Assert.Contains(received, error.Message, StringComparison.Ordinal);
        Assert.Equal("{\"a\": 2}\n", File.ReadAllText(received));
    }

    [Fact]
    public void Compare_Match_PassesAndRemovesStaleReceived()
    {
        var (verified, received) = Paths();
        File.WriteAllText(verified, "{\r\n}\r\n");
        File.WriteAllText(received, "stale");

        Approvals.Compare("{\n}\n", verified, received);

        Assert.False(File.Exists(received));
    }

    [Fact]
    public void VerifyJson_CommittedSnapshot_MatchesRegardlessOfFormatting()
    {
        Approvals.VerifyJson("{\"schemaVersion\":\"1\",\"items\":[1,2]}");
    }

    [Fact]
    public void VerifyJson_SourceFolderMissing_FailsWithTheReason()
    {
        var error = Assert.Throws<ApprovalException>(() => Approvals.VerifyJson("{}", sourceFile: "/_/tests/Mapped.cs", testName: "Any"));

        Assert.Contains("/_/tests", error.Message, StringComparison.Ordinal);
    }

    private (string Verified, string Received) Paths() =>
        (Path.Combine(_scratch.FullName, "x.verified.json"), Path.Combine(_scratch.FullName, "x.received.json"));
}
