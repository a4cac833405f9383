using TrustCheck.Evidence.PyPi;
using TrustCheck.Findings;
using TrustCheck.Packaging;
using TrustCheck.Providers.Drift;
using static TrustCheck.Tests.Providers.EvidenceFixtures;

namespace TrustCheck.Tests.Providers.Drift;

public sealed class OwnershipChangeTests
{
    private static readonly PackageName SampleName = PackageName.Parse("sampleproject");

    private readonly InMemoryOwnershipHistory _history = new();

    [Fact]
    public async Task EvaluateAsync_FirstSightOfRealOwnership_RecordsSnapshotWithoutFinding()
    {
        var evidence = Sample() with { Release = ReadSampleRelease() };

        var signal = await new PublisherDriftProvider(_history).EvaluateAsync(Context(evidence));

        Assert.Empty(signal.Findings);
        var snapshot = await _history.GetLatestAsync(SampleName);
        Assert.NotNull(snapshot);
        Assert.Equal([new PyPiRole("Owner", "theacodes"), new PyPiRole("Maintainer", "pypa-bot")], snapshot.Roles);
        Assert.Equal("pypa", snapshot.Organization);
        Assert.Equal(Now, snapshot.RecordedAt);
        Assert.Equal("4.0.0", snapshot.Version);
    }

    [Fact]
    public async Task EvaluateAsync_SameOwnershipAgain_ReportsNothingAndKeepsFirstSnapshot()
    {
        await RecordAsync(SampleOwnership, Now.AddDays(-7));
        var reordered = new PyPiOwnership { Roles = [new PyPiRole("maintainer", "PyPA-Bot"), new PyPiRole("Owner", "theacodes")], Organization = "PyPA" };

        var signal = await new PublisherDriftProvider(_history).EvaluateAsync(Context(Sample(ownership: reordered)));

        Assert.Empty(signal.Findings);
        Assert.Equal(Now.AddDays(-7), (await _history.GetLatestAsync(SampleName))!.RecordedAt);
    }

    [Fact]
    public async Task EvaluateAsync_OwnerAddedAndMaintainerRemoved_ReportsChangeAndRecordsIt()
    {
        await RecordAsync(SampleOwnership, Now.AddDays(-7));
        var changed = new PyPiOwnership { Roles = [new PyPiRole("Owner", "mallory"), new PyPiRole("Owner", "theacodes")], Organization = "pypa" };

        var signal = await new PublisherDriftProvider(_history).EvaluateAsync(Context(Sample(ownership: changed)));

        var finding = Assert.Single(signal.Findings);
        Assert.Equal(("TC5009", Severity.Medium), (finding.Code, finding.Severity));
        Assert.Equal("Owner mallory", finding.Evidence["roles.added"]);
        Assert.Equal("Maintainer pypa-bot", finding.Evidence["roles.removed"]);
        Assert.Equal("Owner theacodes, Maintainer pypa-bot", finding.Evidence["previous.roles"]);
        Assert.Equal("Owner mallory, Owner theacodes", finding.Evidence["current.roles"]);
        Assert.Equal("2025-02-22T12:00:00.0000000+00:00", finding.Evidence["previous.recordedAt"]);
        Assert.Equal(
            "The PyPI ownership of sampleproject changed since it was recorded at 2025-02-22T12:00:00.0000000+00:00: " +
            "added Owner mallory; removed Maintainer pypa-bot.",
            finding.Message);
        Assert.Equal(Now, (await _history.GetLatestAsync(SampleName))!.RecordedAt);
    }

    [Fact]
    public async Task EvaluateAsync_OrganizationRemoved_ReportsChange()
    {
        await RecordAsync(SampleOwnership, Now.AddDays(-1));

        var signal = await new PublisherDriftProvider(_history).EvaluateAsync(
            Context(Sample(ownership: SampleOwnership with { Organization = null })));

        var finding = Assert.Single(signal.Findings);
        Assert.Equal("TC5009", finding.Code);
        Assert.Equal("pypa", finding.Evidence["previous.organization"]);
        Assert.Equal("none", finding.Evidence["current.organization"]);
        Assert.EndsWith("organization pypa → none.", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvaluateAsync_NoOwnershipInEvidence_NeitherReportsNorRecords()
    {
        var evidence = Sample() with { Release = new PyPiRelease { Info = Info() } };

        var signal = await new PublisherDriftProvider(_history).EvaluateAsync(Context(evidence));

        Assert.Empty(signal.Findings);
        Assert.Null(await _history.GetLatestAsync(SampleName));
    }

    [Fact]
    public async Task EvaluateAsync_FileHistoryAcrossProviderInstances_NoticesTheChange()
    {
        using var directory = new TrustCheck.TestKit.TemporaryDirectory();
        using (var first = new FileOwnershipHistory(directory.Path))
        {
            await new PublisherDriftProvider(first).EvaluateAsync(Context(Sample()));
        }

        using var second = new FileOwnershipHistory(directory.Path);
        var signal = await new PublisherDriftProvider(second).EvaluateAsync(
            Context(Sample(ownership: SampleOwnership with { Roles = [new PyPiRole("Owner", "mallory")] })));

        Assert.Equal("TC5009", Assert.Single(signal.Findings).Code);
        Assert.Equal(2, (await second.GetAllAsync(SampleName)).Count);
    }

    private Task RecordAsync(PyPiOwnership ownership, DateTimeOffset at) =>
        _history.RecordAsync(SampleName, OwnershipSnapshot.Of(ownership, at, "3.0.0"));
}
