using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using TrustCheck.Attestations.Tuf;
using TrustCheck.Attestations.Verification;
using TrustCheck.TestKit;

namespace TrustCheck.Attestations.Tests.Tuf;

public sealed class TufClientTests
{
    [Theory]
    [InlineData(15)]
    [InlineData(14)]
    [InlineData(5)]
    public async Task GetTargetAsync_UnchangedRepository_ReturnsTheProductionTrustedRoot(int pinnedVersion)
    {
        await using var repository = await TufRepositoryFixture.StartAsync();

        var result = await repository.TrustedRootAsync(pinnedVersion);

        Assert.Null(result.Failure);
        Assert.Equal(File.ReadAllBytes(SharedData.PathOf("vectors/trusted_root/production.trusted_root.json")), result.Content);
        Assert.Contains("15.root.json", repository.Server.Requests);
        Assert.Contains("165.snapshot.json", repository.Server.Requests);
        Assert.Contains("14.targets.json", repository.Server.Requests);
    }

    [Fact]
    public async Task GetTargetAsync_DefaultPinWithSeedRootServed_RotatesNowhereAndVerifies()
    {
        await using var repository = await TufRepositoryFixture.StartAsync();
        repository.Server.ServeFile("16.root.json", SharedData.PathOf("vectors/tuf/sigstore-js-seed/16.root.json"));

        var result = await repository.Client(TufRootPin.SigstoreProduction).GetTargetAsync("trusted_root.json");

        Assert.Null(result.Failure);
        Assert.Equal(6787, result.Content!.Length);
    }

    [Fact]
    public async Task GetTargetAsync_Rotation15To16_EndsAtRoot16()
    {
        await using var repository = await TufRepositoryFixture.StartAsync();
        repository.Server.ServeFile("16.root.json", SharedData.PathOf("vectors/tuf/sigstore-js-seed/16.root.json"));

        var result = await repository.TrustedRootAsync(15);

        Assert.Null(result.Failure);
        Assert.Equal(File.ReadAllBytes(SharedData.PathOf("vectors/tuf/sigstore-js-seed/16.root.json")), await repository.Store.LoadAsync("root"));
    }

    [Fact]
    public async Task GetTargetAsync_PinnedDigestDiffers_Fails()
    {
        await using var repository = await TufRepositoryFixture.StartAsync();

        var result = await repository.Client(new TufRootPin(15, new string('0', 64))).GetTargetAsync("trusted_root.json");

        AssertFails(result, "pinned SHA-256");
    }

    [Theory]
    [InlineData("2026-08-28T19:25:55Z", true)]
    [InlineData("2026-08-28T19:25:56Z", false)]
    public async Task GetTargetAsync_AtTimestampExpiry_FailsFromTheExactInstant(string clock, bool passes)
    {
        await using var repository = await TufRepositoryFixture.StartAsync();
        repository.Clock.SetUtcNow(DateTimeOffset.Parse(clock, System.Globalization.CultureInfo.InvariantCulture));

        var result = await repository.TrustedRootAsync();

        Assert.Equal(passes, result.Failure is null);
        if (!passes)
        {
            Assert.Contains("timestamp.json v762 expired", result.Failure!.Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task GetTargetAsync_FinalRootExpired_Fails()
    {
        await using var repository = await TufRepositoryFixture.StartAsync();
        repository.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 21, 0, 0, 0, TimeSpan.Zero));

        AssertFails(await repository.TrustedRootAsync(), "final root (v15) expired");
    }

    [Fact]
    public async Task GetTargetAsync_TimestampRolledBackAfterARefresh_Fails()
    {
        await using var repository = await TufRepositoryFixture.StartAsync();
        Assert.Null((await repository.TrustedRootAsync()).Failure);
        repository.Server.ServeFile("timestamp.json", Path.Combine(TufRepositoryFixture.History, "timestamp.v761.json"));

        AssertFails(await repository.TrustedRootAsync(), "rollback: timestamp version 761 is lower than the trusted 762");
    }

    [Fact]
    public async Task GetTargetAsync_OlderSnapshotServedUnderTheNewName_Fails()
    {
        await using var repository = await TufRepositoryFixture.StartAsync();
        repository.Server.ServeFile("165.snapshot.json", Path.Combine(TufRepositoryFixture.History, "164.snapshot.json"));

        AssertFails(await repository.TrustedRootAsync(), "snapshot version 164 does not match the timestamp's 165");
    }

    [Fact]
    public async Task GetTargetAsync_OlderTargetsServedUnderTheNewName_Fails()
    {
        await using var repository = await TufRepositoryFixture.StartAsync();
        repository.Server.ServeFile("14.targets.json", Path.Combine(TufRepositoryFixture.History, "13.targets.json"));

        AssertFails(await repository.TrustedRootAsync(), "targets version 13 does not match the snapshot's 14");
    }

    [Fact]
    public async Task GetTargetAsync_FreezeWithAnExpiredOlderTimestamp_Fails()
    {
        await using var repository = await TufRepositoryFixture.StartAsync();
        repository.Server.ServeFile("timestamp.json", Path.Combine(TufRepositoryFixture.History, "timestamp.v761.json"));
        repository.Clock.SetUtcNow(new DateTimeOffset(2026, 8, 27, 14, 0, 0, TimeSpan.Zero));

        AssertFails(await repository.TrustedRootAsync(), "timestamp.json v761 expired");
    }

    [Fact]
    public async Task GetTargetAsync_OlderTimestampStillValid_IsAcceptedOnAFreshClient()
    {
        await using var repository = await TufRepositoryFixture.StartAsync();
        repository.Server.ServeFile("timestamp.json", Path.Combine(TufRepositoryFixture.History, "timestamp.v761.json"));

        Assert.Null((await repository.TrustedRootAsync()).Failure);
    }

    [Fact]
    public async Task GetTargetAsync_TargetsSignedByTwoOfThree_Fails()
    {
        await using var repository = await TufRepositoryFixture.StartAsync();
        repository.ServeEdited("14.targets.json", Path.Combine(TufRepositoryFixture.Production, "14.targets.json"), targets =>
        {
            var signatures = targets["signatures"]!.AsArray();
            while (signatures.Count > 2)
            {
                signatures.RemoveAt(2);
            }
        });

        AssertFails(await repository.TrustedRootAsync(), "signed by 2/3");
    }

    [Fact]
    public async Task GetTargetAsync_DuplicatedSignatureKeyId_Fails()
    {
        await using var repository = await TufRepositoryFixture.StartAsync();
        repository.ServeEdited("14.targets.json", Path.Combine(TufRepositoryFixture.Production, "14.targets.json"), targets =>
        {
            var signatures = targets["signatures"]!.AsArray();
            while (signatures.Count > 2)
            {
                signatures.RemoveAt(2);
            }

            signatures.Add(signatures[0]!.DeepClone());
        });

        AssertFails(await repository.TrustedRootAsync(), "two signatures by key");
    }

    [Fact]
    public async Task GetTargetAsync_TimestampSignedByARootKeyId_Fails()
    {
        await using var repository = await TufRepositoryFixture.StartAsync();
        repository.ServeEdited("timestamp.json", Path.Combine(TufRepositoryFixture.Production, "timestamp.json"), timestamp =>
            timestamp["signatures"]![0]!["keyid"] = "e71a54d543835ba86adad9460379c7641fb8726d164ea766801a1c522aba7ea2");

        AssertFails(await repository.TrustedRootAsync(), "signed by 0/1");
    }

    [Fact]
    public async Task GetTargetAsync_TimestampWithTheSnapshotsSignature_Fails()
    {
        await using var repository = await TufRepositoryFixture.StartAsync();
        var snapshotSignature = JsonNode.Parse(File.ReadAllBytes(Path.Combine(TufRepositoryFixture.Production, "165.snapshot.json")))!["signatures"]![0]!["sig"]!.GetValue<string>();
        repository.ServeEdited("timestamp.json", Path.Combine(TufRepositoryFixture.Production, "timestamp.json"), timestamp =>
            timestamp["signatures"]![0]!["sig"] = snapshotSignature);

        AssertFails(await repository.TrustedRootAsync(), "signed by 0/1");
    }

    [Fact]
    public async Task GetTargetAsync_SignedFieldEdited_Fails()
    {
        await using var repository = await TufRepositoryFixture.StartAsync();
        repository.ServeEdited("165.snapshot.json", Path.Combine(TufRepositoryFixture.Production, "165.snapshot.json"), snapshot =>
            snapshot["signed"]!["expires"] = "2099-01-01T00:00:00Z");

        AssertFails(await repository.TrustedRootAsync(), "signed by 0/1");
    }

    [Fact]
    public async Task GetTargetAsync_RootRotationGap_StopsAtTheExpiredRoot()
    {
        await using var repository = await TufRepositoryFixture.StartAsync();
        repository.Server.Remove("14.root.json");

        AssertFails(await repository.TrustedRootAsync(13), "final root (v13) expired");
    }

    [Fact]
    public async Task GetTargetAsync_RootServedUnderTheWrongVersion_Fails()
    {
        await using var repository = await TufRepositoryFixture.StartAsync();
        repository.Server.ServeFile("14.root.json", Path.Combine(TufRepositoryFixture.Production, "15.root.json"));

        AssertFails(await repository.TrustedRootAsync(13), "expected root version 14, got 15");
    }

    [Fact]
    public async Task GetTargetAsync_RootSignedByTooFewPreviousKeys_Fails()
    {
        await using var repository = await TufRepositoryFixture.StartAsync();
        repository.ServeEdited("12.root.json", Path.Combine(TufRepositoryFixture.Production, "12.root.json"), root =>
        {
            var signatures = root["signatures"]!.AsArray();
            var firstSigned = signatures.First(s => s!["sig"]!.GetValue<string>().Length > 0);
            signatures.Remove(firstSigned);
        });

        AssertFails(await repository.TrustedRootAsync(11), "signed by 2/3");
    }

    [Fact]
    public async Task GetTargetAsync_TargetOneByteLonger_Fails()
    {
        await using var repository = await TufRepositoryFixture.StartAsync();
        var path = TufRepositoryFixture.TrustedRootTarget;
        repository.Server.Serve(path, [.. File.ReadAllBytes(Path.Combine(TufRepositoryFixture.Production, path)), 0x0A]);

        AssertFails(await repository.TrustedRootAsync(), "longer than the 6787 bytes");
    }

    [Fact]
    public async Task GetTargetAsync_TargetBitFlipped_FailsOnTheHash()
    {
        await using var repository = await TufRepositoryFixture.StartAsync();
        var path = TufRepositoryFixture.TrustedRootTarget;
        var bytes = File.ReadAllBytes(Path.Combine(TufRepositoryFixture.Production, path));
        bytes[100] ^= 1;
        repository.Server.Serve(path, bytes);

        AssertFails(await repository.TrustedRootAsync(), "does not have the SHA-256");
    }

    [Fact]
    public async Task GetTargetAsync_DelegatedTarget_IsFoundThroughTheDelegation()
    {
        await using var repository = await TufRepositoryFixture.StartAsync();

        var result = await repository.Client(TufRepositoryFixture.PinOf(15)).GetTargetAsync("registry.npmjs.org/keys.json");

        Assert.Null(result.Failure);
        Assert.Equal("160677eb6e1c7083c89b166b20f8fe4e837fb71181506aff1991b80b89184f7d", Convert.ToHexStringLower(SHA256.HashData(result.Content!)));
    }

    [Fact]
    public async Task GetTargetAsync_UnknownTarget_Fails()
    {
        await using var repository = await TufRepositoryFixture.StartAsync();

        AssertFails(await repository.Client(TufRepositoryFixture.PinOf(15)).GetTargetAsync("nothing.json"), "no targets metadata lists nothing.json");
    }

    [Fact]
    public async Task GetTargetAsync_ServerError_ThrowsTufRemoteException()
    {
        await using var repository = await TufRepositoryFixture.StartAsync();
        repository.Server.Fail("timestamp.json", HttpStatusCode.InternalServerError);

        await Assert.ThrowsAsync<TufRemoteException>(() => repository.TrustedRootAsync());
    }

    private static void AssertFails(TufTargetResult result, string reason)
    {
        Assert.Null(result.Content);
        Assert.Equal(VerificationStage.TrustRoot, result.Failure?.Stage);
        Assert.Contains(reason, result.Failure!.Reason, StringComparison.Ordinal);
    }
}
