using System.Text.Json;
using TrustCheck.Evidence.PyPi;
using TrustCheck.Packaging;
using TrustCheck.Providers.Drift;
using TrustCheck.TestKit;

namespace TrustCheck.Tests.Providers.Drift;

public sealed class FileOwnershipHistoryTests : IDisposable
{
    private static readonly PackageName Project = PackageName.Parse("Sample_Project");
    private static readonly DateTimeOffset At = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task GetLatestAsync_NothingRecorded_ReturnsNullWithoutCreatingFiles()
    {
        using var history = new FileOwnershipHistory(Path.Combine(_directory.Path, "ownership"));

        Assert.Null(await history.GetLatestAsync(Project));
        Assert.False(Directory.Exists(history.Directory));
    }

    [Fact]
    public async Task RecordAsync_TwoSnapshots_LatestWinsAndBothAreKeptAsJson()
    {
        using var history = new FileOwnershipHistory(Path.Combine(_directory.Path, "ownership"));

        await history.RecordAsync(Project, Snapshot(At, "theacodes"));
        await history.RecordAsync(Project, Snapshot(At.AddDays(1), "mallory"));

        var latest = await history.GetLatestAsync(Project);
        Assert.Equal("mallory", Assert.Single(latest!.Roles).User);
        Assert.Equal(At.AddDays(1), latest.RecordedAt);
        var file = Path.Combine(history.Directory, "sample-project.json");
        using var json = JsonDocument.Parse(await File.ReadAllBytesAsync(file));
        Assert.Equal("sample-project", json.RootElement.GetProperty("project").GetString());
        Assert.Equal(2, json.RootElement.GetProperty("snapshots").GetArrayLength());
        Assert.Equal("pypa", json.RootElement.GetProperty("snapshots")[0].GetProperty("organization").GetString());
        Assert.Single(Directory.GetFiles(history.Directory));
    }

    [Fact]
    public async Task RecordAsync_BeyondTheLimit_DropsTheOldestSnapshots()
    {
        using var history = new FileOwnershipHistory(_directory.Path);

        for (var i = 0; i < FileOwnershipHistory.MaxSnapshotsPerProject + 3; i++)
        {
            await history.RecordAsync(Project, Snapshot(At.AddDays(i), "theacodes"));
        }

        var all = await history.GetAllAsync(Project);
        Assert.Equal(FileOwnershipHistory.MaxSnapshotsPerProject, all.Count);
        Assert.Equal(At.AddDays(3), all[0].RecordedAt);
    }

    [Fact]
    public async Task RecordAsync_ConcurrentWriters_KeepEverySnapshot()
    {
        using var history = new FileOwnershipHistory(_directory.Path);

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => history.RecordAsync(Project, Snapshot(At.AddMinutes(i), $"user{i}"))));

        Assert.Equal(20, (await history.GetAllAsync(Project)).Count);
    }

    [Fact]
    public async Task GetLatestAsync_CorruptFile_ThrowsInsteadOfForgetting()
    {
        using var history = new FileOwnershipHistory(_directory.Path);
        await File.WriteAllTextAsync(Path.Combine(_directory.Path, "sample-project.json"), "{ not json");

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => history.GetLatestAsync(Project));

        Assert.Contains("sample-project.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetLatestAsync_OtherProject_IsSeparate()
    {
        using var history = new FileOwnershipHistory(_directory.Path);
        await history.RecordAsync(Project, Snapshot(At, "theacodes"));

        Assert.Null(await history.GetLatestAsync(PackageName.Parse("sampleproject2")));
    }

    private static OwnershipSnapshot Snapshot(DateTimeOffset at, string owner) =>
        OwnershipSnapshot.Of(new PyPiOwnership { Roles = [new PyPiRole("Owner", owner)], Organization = "pypa" }, at, "4.0.0");
}
