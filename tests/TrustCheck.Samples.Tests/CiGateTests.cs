using System.Text.Json;
using TrustCheck.TestKit.Http.Evidence.Synthetic;

namespace TrustCheck.Samples.Tests;

/// <summary>
/// samples/CiGate: a requirements file scanned with the SDK, a SARIF file for code scanning, one line of verdict, and
/// exit 4 when the policy fails. It runs in the folder it scans, as in a CI checkout.
/// </summary>
public sealed class CiGateTests(LoopbackIndex index) : SampleTests(index)
{
    [Fact]
    public async Task CiGate_RequirementWithAWrongHash_ExitsWith4AndLocatesTheFindingAtItsLine()
    {
        Write("requirements.txt", $"""
            # pip-compile --generate-hashes requirements.in
            six==1.11.0 \
                --hash=sha256:{new string('0', 64)}
                # via -r requirements.in
            """);

        var run = await RunInAsync(Scratch.Path, SampleProgram.CiGate, ["requirements.txt"]);

        Assert.True(run.ExitCode == 4, run.ToString());
        var verdict = Assert.Single(run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("FAIL policy default: 1 violation(s) in six==1.11.0", verdict, StringComparison.Ordinal);
        Assert.EndsWith("; SARIF: trustcheck.sarif", verdict, StringComparison.Ordinal);
        using var sarif = ReadSarif("trustcheck.sarif");
        var run0 = sarif.RootElement.GetProperty("runs")[0];
        Assert.False(run0.GetProperty("properties").GetProperty("policyPassed").GetBoolean());
        var mismatch = Assert.Single(run0.GetProperty("results").EnumerateArray(), r => r.GetProperty("ruleId").GetString() == "TC11001");
        Assert.Equal("error", mismatch.GetProperty("level").GetString());
        var physical = Assert.Single(mismatch.GetProperty("locations").EnumerateArray()).GetProperty("physicalLocation");
        Assert.Equal("requirements.txt", physical.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("%SRCROOT%", physical.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        Assert.Equal(2, physical.GetProperty("region").GetProperty("startLine").GetInt32());
    }

    [Fact]
    public async Task CiGate_RequirementWithThePublishedHashes_ExitsWith0()
    {
        var six = await Index.PublishedDigestsAsync("six", "1.11.0");
        Assert.Equal(2, six.Count);
        Write("requirements.txt", $"""
            six==1.11.0 \
                --hash=sha256:{six.Values.First()} \
                --hash=sha256:{six.Values.Last()}
            """);

        var run = await RunInAsync(Scratch.Path, SampleProgram.CiGate, ["requirements.txt", "--CiGate:Sarif=gate.sarif"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("PASS policy default: 1 package(s) from requirements.txt; SARIF: gate.sarif", run.Output.Trim());
        using var sarif = ReadSarif("gate.sarif");
        var run0 = sarif.RootElement.GetProperty("runs")[0];
        Assert.True(run0.GetProperty("properties").GetProperty("policyPassed").GetBoolean());
        Assert.DoesNotContain(run0.GetProperty("results").EnumerateArray(), r => r.GetProperty("ruleId").GetString()!.StartsWith("TC110", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("default", 0)]
    [InlineData("strict", 4)]
    public async Task CiGate_EditableEntryBesideAVerifiedPackage_FailsOnlyAPolicyThatFailsWhatIsNotVerified(string policy, int exitCode)
    {
        using var releases = new AttestedReleases(Index.Server, "gatedpkg", Scratch.Path).Publish("1.0.0", daysAfterEpoch: 10, repository: "example/gatedpkg");
        var digest = Assert.Single(await Index.PublishedDigestsAsync("gatedpkg", "1.0.0")).Value;
        Write("requirements.txt", $"gatedpkg==1.0.0 --hash=sha256:{digest}\n-e ./tools/local-plugin\n");

        var run = await RunInAsync(Scratch.Path, SampleProgram.CiGate, ["requirements.txt", $"--TrustCheck:Inspection:Policy={policy}"], trustedRoot: releases.TrustedRootFile);

        Assert.True(run.ExitCode == exitCode, run.ToString());
        Assert.Contains("requirements.txt:2: not inspected (editable): -e ./tools/local-plugin", run.Error, StringComparison.Ordinal);
        Assert.StartsWith(exitCode == 0 ? "PASS policy default" : "FAIL policy strict: 1 violation(s) in -e ./tools/local-plugin", run.Output, StringComparison.Ordinal);
        using var sarif = ReadSarif("trustcheck.sarif");
        var entry = Assert.Single(sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray(), r => r.GetProperty("ruleId").GetString() == "TC11004");
        Assert.Equal(2, entry.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
    }

    [Fact]
    public async Task CiGate_MissingFile_ExitsWith2()
    {
        var run = await RunInAsync(Scratch.Path, SampleProgram.CiGate, ["no-such-requirements.txt"]);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("no-such-requirements.txt", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(Scratch.Path, "trustcheck.sarif")));
    }

    private JsonDocument ReadSarif(string name)
    {
        var path = Path.Combine(Scratch.Path, name);
        Assert.True(File.Exists(path), $"no SARIF file at {path}");
        return JsonDocument.Parse(File.ReadAllBytes(path));
    }
}
