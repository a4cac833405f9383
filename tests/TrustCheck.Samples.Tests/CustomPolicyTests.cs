using TrustCheck.TestKit.Http.Evidence.Synthetic;

namespace TrustCheck.Samples.Tests;

/// <summary>samples/CustomPolicy: an IPolicy registered with AddPolicy&lt;T&gt;() and selected by name in the request.</summary>
public sealed class CustomPolicyTests(LoopbackIndex index) : SampleTests(index)
{
    [Fact]
    public async Task CustomPolicy_ReleaseWithoutProvenance_FailsAsNotVerifiedWithExit4()
    {
        var run = await RunAsync(SampleProgram.CustomPolicy, ["six", "1.11.0"]);

        // The default profile passes six 1.11.0 (metadata-only); this policy does not.
        Assert.True(run.ExitCode == 4, run.ToString());
        Assert.Contains("six-1.11.0.tar.gz: provenance absent", run.Output, StringComparison.Ordinal);
        Assert.Contains("policy attested-only: failed", run.Output, StringComparison.Ordinal);
        Assert.Contains("six==1.11.0 not-verified: six==1.11.0 is metadata-only; 0 of 2 file(s) have verified provenance.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CustomPolicy_ReleaseWithAnUnattestedWheel_FailsAsNotVerified()
    {
        var run = await RunAsync(SampleProgram.CustomPolicy, ["sampleproject", "4.0.0"]);

        Assert.True(run.ExitCode == 4, run.ToString());
        Assert.Contains("sampleproject-4.0.0.tar.gz: provenance verified", run.Output, StringComparison.Ordinal);
        Assert.Contains("sampleproject==4.0.0 not-verified: sampleproject==4.0.0 is review-required; 1 of 2 file(s) have verified provenance.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CustomPolicy_EveryFileAttested_Passes()
    {
        using var releases = new AttestedReleases(Index.Server, "attestedpkg", Scratch.Path).Publish("1.0.0", daysAfterEpoch: 10, repository: "example/attestedpkg");

        var run = await RunInAsync(SampleProgram.CustomPolicy.OutputDirectory, SampleProgram.CustomPolicy, ["attestedpkg", "1.0.0"], trustedRoot: releases.TrustedRootFile);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("attestedpkg 1.0.0: verified", run.Output, StringComparison.Ordinal);
        Assert.Contains("policy attested-only: passed", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CustomPolicy_AttestedTyposquat_FailsOnTheTyposquattingFinding()
    {
        using var releases = new AttestedReleases(Index.Server, "reqeusts", Scratch.Path).Publish("1.0.0", daysAfterEpoch: 10, repository: "example/reqeusts");

        var run = await RunInAsync(SampleProgram.CustomPolicy.OutputDirectory, SampleProgram.CustomPolicy, ["reqeusts", "1.0.0"], trustedRoot: releases.TrustedRootFile);

        Assert.True(run.ExitCode == 4, run.ToString());
        Assert.Contains("reqeusts-1.0.0.tar.gz: provenance verified", run.Output, StringComparison.Ordinal);
        Assert.Contains("reqeusts==1.0.0 blocked-provider: typosquatting (TC7", run.Output, StringComparison.Ordinal);
    }
}
