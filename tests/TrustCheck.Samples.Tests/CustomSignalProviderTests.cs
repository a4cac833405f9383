namespace TrustCheck.Samples.Tests;

/// <summary>samples/CustomSignalProvider: an allow-list provider registered with AddSignalProvider&lt;T&gt;().</summary>
public sealed class CustomSignalProviderTests(LoopbackIndex index) : SampleTests(index)
{
    [Fact]
    public async Task CustomSignalProvider_PackageNotOnTheAllowList_GetsTC9901()
    {
        var run = await RunAsync(SampleProgram.CustomSignalProvider, ["attrs", "17.4.0"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("attrs 17.4.0: review-required", run.Output, StringComparison.Ordinal);
        Assert.Contains("medium   TC9901   allow-list: attrs is not on the internal allow-list.", run.Output, StringComparison.Ordinal);
        Assert.Contains("policy default: passed", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CustomSignalProvider_PackageOnTheAllowList_HasNoAllowListFinding()
    {
        var run = await RunAsync(SampleProgram.CustomSignalProvider, ["six", "1.11.0"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("six 1.11.0: metadata-only", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("TC9901", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("allow-list", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CustomSignalProvider_AllowListFileSetting_ReplacesTheShippedList()
    {
        var list = Write("reviewed.txt", "# reviewed by the platform team\nAttrs\n");

        var allowed = await RunAsync(SampleProgram.CustomSignalProvider, ["attrs", "17.4.0", $"--AllowList:File={list}"]);
        var notAllowed = await RunAsync(SampleProgram.CustomSignalProvider, ["six", "1.11.0", $"--AllowList:File={list}"]);

        Assert.True(allowed.ExitCode == 0, allowed.ToString());
        Assert.DoesNotContain("TC9901", allowed.Output, StringComparison.Ordinal);
        Assert.True(notAllowed.ExitCode == 0, notAllowed.ToString());
        Assert.Contains("TC9901   allow-list: six is not on the internal allow-list.", notAllowed.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CustomSignalProvider_StrictPolicy_FailsThePackageTheProviderFlags()
    {
        var run = await RunAsync(SampleProgram.CustomSignalProvider, ["attrs", "17.4.0", "--TrustCheck:Inspection:Policy=strict"]);

        Assert.True(run.ExitCode == 4, run.ToString());
        Assert.Contains("policy strict: failed", run.Output, StringComparison.Ordinal);
    }
}
