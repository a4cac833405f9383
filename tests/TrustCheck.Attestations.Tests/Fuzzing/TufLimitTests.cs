using TrustCheck.Attestations.Tuf;
using TrustCheck.Attestations.Tests.Tuf;
using TrustCheck.Attestations.Verification;
using TrustCheck.TestKit.Tuf;

namespace TrustCheck.Attestations.Tests.Fuzzing;

/// <summary>
/// Each size bound of <see cref="TufLimits"/> on Sigstore's real repository: a file past it fails naming the limit
/// (the remote hands back one byte more than the bound, which would otherwise fail as truncated JSON).
/// </summary>
public sealed class TufLimitTests
{
    [Theory]
    [InlineData(nameof(TufLimits.MaxRootLength), "15.root.json is more than the 1000 bytes accepted")]
    [InlineData(nameof(TufLimits.MaxTimestampLength), "timestamp.json is more than the 100 bytes accepted")]
    public async Task GetTargetAsync_FilePastItsLimit_FailsNamingTheLimit(string limit, string expected)
    {
        await using var repository = await TufRepositoryFixture.StartAsync();
        var limits = limit == nameof(TufLimits.MaxRootLength) ? new TufLimits { MaxRootLength = 1000 } : new TufLimits { MaxTimestampLength = 100 };
        using var http = new HttpClient();
        var client = new TufClient(new HttpTufRemote(http, repository.Server.BaseUrl), repository.Store, TufRepositoryFixture.PinOf(15), repository.Clock, limits);

        var result = await client.GetTargetAsync("trusted_root.json");

        Assert.Equal(VerificationStage.TrustRoot, result.Failure!.Stage);
        Assert.Contains(expected, result.Failure.Reason, StringComparison.Ordinal);
        Assert.Contains("TufLimits." + limit, result.Failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetTargetAsync_FilesWithinTheDefaultLimits_Verify()
    {
        await using var repository = await TufRepositoryFixture.StartAsync();

        var result = await repository.TrustedRootAsync();

        Assert.Null(result.Failure);
    }
}
