using TrustCheck.TestKit;
using TrustCheck.TestKit.Files;

namespace TrustCheck.Cli.Tests.Inspect;

/// <summary>What upstream or a local file hands <c>inspect</c> that is not what it claims: one line, exit 3, no stack trace.</summary>
public sealed class InspectHostileInputTests : InspectCliTests
{
    [Fact]
    public async Task Inspect_ProjectJsonWithInvalidUtf8InAString_IsInvalidDataInOneLine()
    {
        var real = await File.ReadAllBytesAsync(SharedData.PathOf("data/pypi-json-api/live-recorded/atomicwrites.json"));
        Server.AddProject("atomicwrites", HostileFiles.WithInvalidUtf8(real, "atomicwrites"));

        var run = await InspectAsync("atomicwrites", "--format", "json");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("not UTF-8", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Inspect_ProvenanceWithInvalidUtf8_FailsTheFileClosedNeverVerified()
    {
        var real = await File.ReadAllBytesAsync(SharedData.PathOf("data/pypi-integrity/sampleproject-4.0.0.tar.gz.provenance.json"));
        Server.AddProvenance("sampleproject", "4.0.0", "sampleproject-4.0.0.tar.gz", HostileFiles.WithInvalidUtf8(real, "release.yml"));

        var run = await InspectAsync("sampleproject", "--version", "4.0.0", "--format", "json");

        Assert.NotEqual(0, run.ExitCode);
        Assert.DoesNotContain("\"status\": \"verified\"", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inspect_TrustedRootFifo_FailsFastWithExit3()
    {
        var fifo = HostileFiles.CreateFifo(Path.Combine(Scratch.Path, "root.json"));

        var run = await InspectWithRootAsync(fifo, "sampleproject", "--version", "4.0.0").WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("not a regular file", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inspect_PolicyFileDevice_IsAUsageErrorNotAHang()
    {
        var run = await InspectAsync("sampleproject", "--version", "4.0.0", "--policy-file", HostileFiles.EndlessDevice).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("not a regular file", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inspect_ProjectThatDoesNotExistButLooksLikeRequests_SaysDidYouMean()
    {
        var run = await InspectAsync("reqeusts");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("does not exist", run.Error, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'requests'?", run.Error, StringComparison.Ordinal);
        Assert.Contains("transposition", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Inspect_ProjectThatDoesNotExistAndLooksLikeNothing_SaysOnlyThat()
    {
        var run = await InspectAsync("zzqx-nothing-like-it");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("does not exist", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Did you mean", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inspect_OfflineWithVerifyDownloads_SendsNoDownloadAndSaysItCouldNot()
    {
        var online = await InspectAsync("six", "--version", "1.11.0", "--format", "json");
        Assert.True(online.ExitCode == 0, online.Error);
        using var http = new HttpClient();
        using var release = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync(new Uri(Server.PypiUrl, "pypi/six/1.11.0/json")));
        var files = release.RootElement.GetProperty("urls").EnumerateArray().Select(u => new Uri(u.GetProperty("url").GetString()!).AbsolutePath).ToList();
        var downloadsBefore = files.Sum(Server.RequestCount);

        var offline = await InspectAsync("six", "--version", "1.11.0", "--format", "json", "--offline", "--verify-downloads");

        Assert.NotEmpty(files);
        Assert.Equal(downloadsBefore, files.Sum(Server.RequestCount));
        Assert.Contains("not in the cache", offline.Output + offline.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("\"verified\"", offline.Output, StringComparison.Ordinal);
    }
}
