using System.Text.Json;
using TrustCheck.Reporting.Writers;
using TrustCheck.Reports;
using TrustCheck.Reports.Verification;

namespace TrustCheck.Tests.Reporting;

public sealed class ReportWritersTests
{
    private static readonly VerifyReport Failed = new()
    {
        Verified = false,
        Status = "failed",
        Distribution = new DistributionReport("a-1.0.tar.gz", new string('a', 64)),
        Failure = new FailureReport("inclusion-promise", "the signed entry timestamp does not verify"),
        Attestations =
        [
            new AttestationReport("failed", new FailureReport("inclusion-promise", "the signed entry timestamp does not verify"), new PublisherReport("GitHub", "o/a", "release.yml", null),
                "https://github.com/o/a/.github/workflows/release.yml@refs/tags/v1", "https://github.com/o/a", [], null),
        ],
    };

    [Fact]
    public void Formats_AreTheContractsFormats()
    {
        Assert.Equal(["text", "json", "sarif", "markdown"], ReportWriters.TrustReportFormats);
        Assert.Equal(["text", "json"], ReportWriters.VerifyReportFormats);
        Assert.False(ReportWriters.TryGet("yaml", out IReportWriter<TrustReport>? _));
        Assert.False(ReportWriters.TryGet("sarif", out IReportWriter<VerifyReport>? _));
    }

    [Fact]
    public async Task VerifyJson_WritesTheCliContractFieldNames()
    {
        Assert.True(ReportWriters.TryGet("json", out IReportWriter<VerifyReport>? writer));
        using var output = new StringWriter();

        await writer.WriteAsync(Failed, output, ReportWriterOptions.Default);

        var json = JsonDocument.Parse(output.ToString()).RootElement;
        Assert.Equal(["schemaVersion", "verified", "status", "distribution", "failure", "attestations"], json.EnumerateObject().Select(p => p.Name));
        Assert.Equal("1.0", json.GetProperty("schemaVersion").GetString());
        Assert.Equal("inclusion-promise", json.GetProperty("failure").GetProperty("stage").GetString());
        var attestation = json.GetProperty("attestations")[0];
        Assert.Equal(["status", "failure", "publisher", "signer", "sourceRepository", "signedAt", "statement"], attestation.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["kind", "repository", "workflow", "environment"], attestation.GetProperty("publisher").EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Null, attestation.GetProperty("statement").ValueKind);
    }

    [Fact]
    public async Task VerifyText_SaysTheVerdictAndWhereItFailed()
    {
        Assert.True(ReportWriters.TryGet("text", out IReportWriter<VerifyReport>? writer));
        using var output = new StringWriter();

        await writer.WriteAsync(Failed, output, ReportWriterOptions.Default);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal($"a-1.0.tar.gz (sha256 {new string('a', 64)}): FAILED", lines[0].TrimEnd());
        Assert.Contains("failed: no verified statement by GitHub o/a release.yml", lines[1], StringComparison.Ordinal);
        Assert.Contains("failed at inclusion-promise: the signed entry timestamp does not verify", lines[2], StringComparison.Ordinal);
    }
}
