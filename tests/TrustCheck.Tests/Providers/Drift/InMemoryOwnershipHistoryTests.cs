using TrustCheck.Evidence.PyPi;
using TrustCheck.Packaging;
using TrustCheck.Providers.Drift;

namespace TrustCheck.Tests.Providers.Drift;

public sealed class InMemoryOwnershipHistoryTests
{
    [Fact]
    public async Task RecordAsync_ThenGetLatest_ReturnsTheSnapshotByNormalizedName()
    {
        var history = new InMemoryOwnershipHistory();
        var snapshot = OwnershipSnapshot.Of(new PyPiOwnership { Roles = [new PyPiRole("Owner", "theacodes")] }, DateTimeOffset.UnixEpoch, "4.0.0");

        await history.RecordAsync(PackageName.Parse("Sample.Project"), snapshot);

        Assert.Same(snapshot, await history.GetLatestAsync(PackageName.Parse("sample-project")));
        Assert.Null(await history.GetLatestAsync(PackageName.Parse("other")));
    }
}
