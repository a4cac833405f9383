using System.Text.Json;
using TrustCheck.TestKit;
using TrustCheck.TestKit.Http.Evidence;
using TrustCheck.TestKit.Http.Evidence.Synthetic;

namespace TrustCheck.Cli.Tests.Inspect;

/// <summary><c>trustcheck inspect</c> end to end: the real command line, the loopback index, real crypto.</summary>
public sealed class InspectCommandTests : InspectCliTests
{
    [Fact]
    public async Task Inspect_Sampleproject400Json_ReportsTheVerifiedSdist()
    {
        var run = await InspectAsync("sampleproject", "--version", "4.0.0", "--format", "json");

        Assert.True(run.ExitCode == 0, run.Error);
        using var report = JsonDocument.Parse(run.Output);
        Assert.Equal("1.0", report.RootElement.GetProperty("schemaVersion").GetString());
        var package = report.RootElement.GetProperty("packages")[0];
        Assert.Equal("sampleproject", package.GetProperty("name").GetString());
        var sdist = package.GetProperty("files").EnumerateArray().Single(f => f.GetProperty("filename").GetString() == "sampleproject-4.0.0.tar.gz");
        Assert.Equal("verified", sdist.GetProperty("provenance").GetProperty("status").GetString());
        Assert.Equal("pypa/sampleproject", sdist.GetProperty("provenance").GetProperty("publisher").GetProperty("repository").GetString());
        Assert.Equal("release.yml", sdist.GetProperty("provenance").GetProperty("publisher").GetProperty("workflow").GetString());
        Assert.True(report.RootElement.GetProperty("policy").GetProperty("passed").GetBoolean());
        Approve(run);
    }

    [Fact]
    public async Task Inspect_ExpectedRepositoryProvenByTheAttestation_Passes()
    {
        var run = await InspectAsync("sampleproject", "--version", "4.0.0", "--expected-repo", "https://github.com/pypa/sampleproject", "--format", "json");

        Assert.True(run.ExitCode == 0, run.Error);
        using var report = JsonDocument.Parse(run.Output);
        var findings = report.RootElement.GetProperty("packages")[0].GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("code").GetString()).ToList();
        Assert.Contains("TC4010", findings);
        Assert.DoesNotContain("TC4011", findings);
        Approve(run);
    }

    [Fact]
    public async Task Inspect_ExpectedRepositoryContradictedByTheAttestation_FailsThePolicyWithExit4()
    {
        var run = await InspectAsync("sampleproject", "--version", "4.0.0", "--expected-repo", "https://github.com/attacker/sampleproject", "--format", "json");

        Assert.Equal(4, run.ExitCode);
        using var report = JsonDocument.Parse(run.Output);
        var package = report.RootElement.GetProperty("packages")[0];
        Assert.Equal("high-risk", package.GetProperty("recommendation").GetString());
        var finding = package.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("code").GetString() == "TC4011");
        Assert.Contains("pypa/sampleproject", finding.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.False(report.RootElement.GetProperty("policy").GetProperty("passed").GetBoolean());
        Approve(run);
    }

    [Fact]
    public async Task Inspect_ReleaseGateWithTheProvenRepository_FailsOnlyBecauseTheWheelIsUnattested()
    {
        var run = await InspectAsync("sampleproject", "--version", "4.0.0", "--expected-repo", "https://github.com/pypa/sampleproject", "--policy", "release-gate", "--format", "json");

        Assert.Equal(4, run.ExitCode);
        using var report = JsonDocument.Parse(run.Output);
        var rules = report.RootElement.GetProperty("policy").GetProperty("violations").EnumerateArray().Select(v => v.GetProperty("rule").GetString()).ToList();
        Assert.Contains("fail-on-recommendation", rules);
        Assert.DoesNotContain("require-expected-repository", rules);
    }

    [Fact]
    public async Task Inspect_PolicyFileSuppressingTheFindingsItFailsOn_Passes()
    {
        var policy = Path.Combine(Scratch.Path, "policy.json");
        File.WriteAllText(policy, """
            {
              "name": "team",
              "extends": "default",
              "failOnSeverity": "medium",
              "suppressions": [
                { "code": "TC2002", "package": "sampleproject", "owner": "sec@example.com", "justification": "wheel attested upstream", "expires": "2999-01-01" },
                { "code": "TC4003", "owner": "sec@example.com", "justification": "old one", "expires": "2001-01-01" }
              ]
            }
            """);

        var run = await InspectAsync("sampleproject", "--version", "4.0.0", "--policy-file", policy, "--format", "json");

        using var report = JsonDocument.Parse(run.Output);
        Assert.Equal("team", report.RootElement.GetProperty("policy").GetProperty("name").GetString());
        var findings = report.RootElement.GetProperty("packages")[0].GetProperty("findings").EnumerateArray().ToList();
        var partial = findings.Single(f => f.GetProperty("code").GetString() == "TC2002");
        Assert.Equal("sec@example.com", partial.GetProperty("suppressed").GetProperty("owner").GetString());
        Assert.DoesNotContain(report.RootElement.GetProperty("policy").GetProperty("violations").EnumerateArray(), v => v.GetProperty("code").GetString() == "TC2002");
    }

    [Fact]
    public async Task Inspect_PolicyFileWithATypo_IsAUsageError()
    {
        var policy = Path.Combine(Scratch.Path, "typo.json");
        File.WriteAllText(policy, """{ "extends": "strict", "failOnSeverty": "low" }""");

        var run = await InspectAsync("sampleproject", "--policy-file", policy);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("failOnSeverty", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inspect_TamperedProvenance_IsHighRiskWithTheFailingStageAndExit4()
    {
        var provenance = ProvenanceTampering.WithAlteredSignature(File.ReadAllText(SharedData.PathOf("data/pypi-integrity/sampleproject-4.0.0.tar.gz.provenance.json")));
        Server.AddProvenance("sampleproject", "4.0.0", "sampleproject-4.0.0.tar.gz", System.Text.Encoding.UTF8.GetBytes(provenance));

        var run = await InspectAsync("sampleproject", "--version", "4.0.0", "--format", "json");

        Assert.Equal(4, run.ExitCode);
        using var report = JsonDocument.Parse(run.Output);
        var package = report.RootElement.GetProperty("packages")[0];
        Assert.Equal("high-risk", package.GetProperty("recommendation").GetString());
        var sdist = package.GetProperty("files").EnumerateArray().Single(f => f.GetProperty("filename").GetString() == "sampleproject-4.0.0.tar.gz");
        Assert.Equal("failed", sdist.GetProperty("provenance").GetProperty("status").GetString());
        // The transparency-log entry records the signature, so the altered one no longer matches the logged body:
        // the log-body stage, which runs before the signature check, is the first to fail.
        Assert.Equal("log-body", sdist.GetProperty("provenance").GetProperty("failure").GetProperty("stage").GetString());
        Assert.Contains(package.GetProperty("findings").EnumerateArray(), f => f.GetProperty("code").GetString() == "TC2004");
        Assert.False(report.RootElement.GetProperty("policy").GetProperty("passed").GetBoolean());
        Approve(run);
    }

    [Fact]
    public async Task Inspect_ReleaseWithoutProvenance_IsMetadataOnly()
    {
        var run = await InspectAsync("six", "--version", "1.11.0", "--format", "json");

        Assert.True(run.ExitCode == 0, run.Error);
        using var report = JsonDocument.Parse(run.Output);
        var package = report.RootElement.GetProperty("packages")[0];
        Assert.All(package.GetProperty("files").EnumerateArray(), f => Assert.Equal("absent", f.GetProperty("provenance").GetProperty("status").GetString()));
        Assert.Equal("metadata-only", package.GetProperty("recommendation").GetString());
        Approve(run);
    }

    [Fact]
    public async Task Inspect_Text_ShowsTheVerdictFilesAndPolicy()
    {
        var run = await InspectAsync("sampleproject", "--version", "4.0.0", "--no-color");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("sampleproject 4.0.0", run.Output, StringComparison.Ordinal);
        Assert.Contains("sampleproject-4.0.0.tar.gz", run.Output, StringComparison.Ordinal);
        Assert.Contains("verified", run.Output, StringComparison.Ordinal);
        Assert.Contains("Policy 'default' passed.", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inspect_Sarif_IsSarif210WithOneResultPerFinding()
    {
        var json = await InspectAsync("sampleproject", "--version", "4.0.0", "--format", "json");
        var run = await InspectAsync("sampleproject", "--version", "4.0.0", "--format", "sarif");

        Assert.True(run.ExitCode == 0, run.Error);
        using var sarif = JsonDocument.Parse(run.Output);
        using var report = JsonDocument.Parse(json.Output);
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        var runElement = sarif.RootElement.GetProperty("runs")[0];
        Assert.Equal("TrustCheck", runElement.GetProperty("tool").GetProperty("driver").GetProperty("name").GetString());
        Assert.Equal(
            report.RootElement.GetProperty("packages").EnumerateArray().Sum(p => p.GetProperty("findings").GetArrayLength()),
            runElement.GetProperty("results").GetArrayLength());
    }

    [Fact]
    public async Task Inspect_UnknownProject_ExitsWithInvalidData()
    {
        var run = await InspectAsync("doesnotexist123456");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("does not exist", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inspect_BothDependencyModes_IsAUsageError()
    {
        var run = await InspectAsync("sampleproject", "--with-deps", "--with-transitive-deps");

        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public async Task Inspect_UnknownPolicy_IsAUsageError()
    {
        var run = await InspectAsync("sampleproject", "--policy", "lenient");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("release-gate", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inspect_UpstreamDown_ExitsWithUpstreamFailure()
    {
        Server.Faults.Enqueue("/pypi/", Fault.Status(503), times: 100);

        var run = await InspectAsync("sampleproject", "--version", "4.0.0");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("503", run.Error, StringComparison.Ordinal);
    }
}
