using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;
using TrustCheck.Inspection;
using TrustCheck.Sources;
using TrustCheck.TestKit;
using TrustCheck.TestKit.Http.Evidence;
using TrustCheck.Tests.Caching;
using TrustCheck.Tests.Sources;

namespace TrustCheck.Tests.Resilience;

/// <summary>
/// Every cached entry damaged in the L2 (file store, Redis), every way: offline the damage is a miss (never a report
/// from it); online the entry is discarded, fetched again, and the report is the fault-free one.
/// </summary>
[Collection(RedisServerCollectionDefinition.Name)]
public sealed class CacheCorruptionTests(RedisServerFixture redis) : IAsyncLifetime
{
    // sampleproject 4.0.0: a verified provenance, so a damaged provenance, release or page would show in the report.
    private const int Inspected = 0;
    private EvidenceServer _server = null!;

    public enum Tier
    {
        File,
        Redis,
    }

    public static TheoryData<Tier, CacheCorruption> Cases
    {
        get
        {
            var cases = new TheoryData<Tier, CacheCorruption>();
            foreach (var tier in Enum.GetValues<Tier>())
            {
                foreach (var corruption in Enum.GetValues<CacheCorruption>())
                {
                    cases.Add(tier, corruption);
                }
            }

            return cases;
        }
    }

    public async Task InitializeAsync() => _server = LoadWorkload.Serve(await EvidenceServer.StartAsync(), revalidateEveryTime: false);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task InspectAsync_EveryEntryCorrupted_IsAMissOfflineAndRefetchedOnline(Tier tier, CacheCorruption corruption)
    {
        var request = LoadWorkload.Distinct[Inspected];
        string expected;
        await using (var fresh = LoadHost.Create(_server))
        {
            expected = LoadRun.Canonical(await fresh.Get<ITrustInspector>().InspectAsync(request));
        }

        using var directory = new TemporaryDirectory();
        var instance = $"corrupt-{corruption}-{Guid.NewGuid():N}:";
        SourceHost Host(bool offline = false) => LoadHost.Create(
            _server,
            tier == Tier.File ? directory.Path : null,
            cache: c => c.Offline = offline,
            builder: tier == Tier.Redis ? b => b.UseRedisCache(o => (o.Configuration, o.InstanceName) = (redis.Server.ConnectionString, instance)) : (Action<ITrustCheckBuilder>?)null);

        await using (var filling = Host())
        {
            Assert.Equal(expected, LoadRun.Canonical(await filling.Get<ITrustInspector>().InspectAsync(request)));
        }

        await Eventually.HoldsAsync("the L2 answers the inspection offline", async () => await OfflineReportAsync(Host) == expected);

        var damaged = tier == Tier.File ? CorruptFiles(directory.Path, corruption) : await CorruptRedisAsync(instance, corruption);
        Assert.NotEmpty(damaged);

        await using (var offline = Host(offline: true))
        {
            var error = await Assert.ThrowsAsync<EvidenceSourceException>(() => offline.Get<ITrustInspector>().InspectAsync(request));
            Assert.Equal(EvidenceErrorKind.NotCached, error.Kind);
        }

        _server.ResetStatistics();
        await using (var online = Host())
        {
            Assert.Equal(expected, LoadRun.Canonical(await online.Get<ITrustInspector>().InspectAsync(request)));
        }

        // An OSV result is kept per release under the batch URL (…/querybatch:{name}@{version}): asked again in a batch.
        var asked = _server.Requests.Select(r => r.Path).ToHashSet(StringComparer.Ordinal);
        Assert.All(damaged, path => Assert.True(asked.Contains(path) || asked.Any(a => path.StartsWith(a + ":", StringComparison.Ordinal)), $"{path} was damaged in the cache but not fetched again."));
        await Eventually.HoldsAsync("the refetched entries answer offline", async () => await OfflineReportAsync(Host) == expected);
    }

    private static async Task<string?> OfflineReportAsync(Func<bool, SourceHost> host)
    {
        await using var offline = host(true);
        try
        {
            return LoadRun.Canonical(await offline.Get<ITrustInspector>().InspectAsync(LoadWorkload.Distinct[Inspected]));
        }
        catch (EvidenceSourceException error) when (error.Kind == EvidenceErrorKind.NotCached)
        {
            return null;
        }
    }

    // Damages every entry of the file store; the paths whose entries were damaged.
    private static List<string> CorruptFiles(string directory, CacheCorruption corruption)
    {
        var damaged = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(directory, "http"), "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".tmp", StringComparison.Ordinal)))
        {
            var entry = File.ReadAllBytes(file);
            if (CacheCorruptions.Apply(corruption, entry) is { } bad)
            {
                damaged.Add(CacheCorruptions.PathOfKey(CacheCorruptions.KeyOfFileEntry(entry)));
                File.WriteAllBytes(file, bad);
            }
        }

        return damaged;
    }

    // Damages the value of every key under the instance prefix (RedisCache keeps it in the hash field "data").
    private async Task<List<string>> CorruptRedisAsync(string instance, CacheCorruption corruption)
    {
        var damaged = new List<string>();
        await using var connection = await ConnectionMultiplexer.ConnectAsync(redis.Server.ConnectionString);
        var database = connection.GetDatabase();
        var server = connection.GetServer(connection.GetEndPoints()[0]);
        await foreach (var key in server.KeysAsync(pattern: instance + "*"))
        {
            var type = await database.KeyTypeAsync(key);
            byte[]? value = type switch
            {
                RedisType.Hash => await database.HashGetAsync(key, "data"),
                RedisType.String => await database.StringGetAsync(key),
                _ => throw new InvalidOperationException($"Unexpected Redis type {type} for {key}."),
            };
            if (value is not null && CacheCorruptions.Apply(corruption, value) is { } bad)
            {
                damaged.Add(CacheCorruptions.PathOfKey(key.ToString()));
                if (type == RedisType.Hash)
                {
                    await database.HashSetAsync(key, "data", bad);
                }
                else
                {
                    await database.StringSetAsync(key, bad, keepTtl: true);
                }
            }
        }

        return damaged;
    }
}
