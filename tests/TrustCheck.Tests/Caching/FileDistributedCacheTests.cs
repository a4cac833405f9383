using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TrustCheck.Caching;
using TrustCheck.TestKit;
using TrustCheck.TestKit.Logging;

namespace TrustCheck.Tests.Caching;

public sealed class FileDistributedCacheTests : IDisposable
{
    private static readonly DistributedCacheEntryOptions NoExpiry = new();
    private static readonly string[] FirstFour = ["k-a", "k-b", "k-c", "k-d"];
    private static readonly string[] Survivors = ["k-a", "k-c", "k-d", "k-e"];

    private readonly TemporaryDirectory _directory = new("trustcheck-filecache-");
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.Zero));

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Get_AfterSet_ReturnsTheValue()
    {
        var cache = CreateCache();

        cache.Set("pypi/json/sampleproject", [1, 2, 3], NoExpiry);

        Assert.Equal([1, 2, 3], cache.Get("pypi/json/sampleproject"));
    }

    [Fact]
    public async Task GetAsync_AfterSetAsync_ReturnsTheValue()
    {
        var cache = CreateCache();

        await cache.SetAsync("k", Encoding.UTF8.GetBytes("value"), NoExpiry);

        Assert.Equal("value", Encoding.UTF8.GetString((await cache.GetAsync("k"))!));
    }

    [Fact]
    public void Get_UnknownKey_ReturnsNull()
    {
        Assert.Null(CreateCache().Get("never-set"));
    }

    [Fact]
    public void Set_EmptyValue_RoundTrips()
    {
        var cache = CreateCache();

        cache.Set("empty", [], NoExpiry);

        var value = cache.Get("empty");
        Assert.NotNull(value);
        Assert.Empty(value);
    }

    [Fact]
    public void Set_ExistingKey_ReplacesTheValue()
    {
        var cache = CreateCache();
        cache.Set("k", [1], NoExpiry);

        cache.Set("k", [2, 2], NoExpiry);

        Assert.Equal([2, 2], cache.Get("k"));
        Assert.Single(EntryFiles());
    }

    [Fact]
    public void Remove_ExistingKey_GetMissesAndFileIsGone()
    {
        var cache = CreateCache();
        cache.Set("k", [1], NoExpiry);

        cache.Remove("k");

        Assert.Null(cache.Get("k"));
        Assert.False(File.Exists(PathOf("k")));
    }

    [Fact]
    public async Task RemoveAsync_UnknownKey_DoesNothing()
    {
        var cache = CreateCache();

        await cache.RemoveAsync("never-set");

        Assert.Null(await cache.GetAsync("never-set"));
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("C:\\windows\\system32")]
    [InlineData("ключ/😀/\0/name?*:|<>")]
    [InlineData("")]
    public void Set_AnyKey_StoresOneFileNamedBySha256InItsShard(string key)
    {
        var cache = CreateCache();

        cache.Set(key, [42], NoExpiry);

        var file = Assert.Single(EntryFiles());
        Assert.Equal(PathOf(key), file);
        Assert.Equal([42], cache.Get(key));
    }

    [Fact]
    public void Get_BeforeAbsoluteExpirationRelativeToNow_HitsAndAfterItMissesAndDeletesTheFile()
    {
        var cache = CreateCache();
        cache.Set("k", [1], new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(5) });

        _clock.Advance(TimeSpan.FromMinutes(4));
        Assert.NotNull(cache.Get("k"));

        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Null(cache.Get("k"));
        Assert.False(File.Exists(PathOf("k")));
    }

    [Fact]
    public async Task GetAsync_AfterAbsoluteExpiration_Misses()
    {
        var cache = CreateCache();
        await cache.SetAsync("k", [1], new DistributedCacheEntryOptions { AbsoluteExpiration = _clock.GetUtcNow().AddHours(1) });

        _clock.Advance(TimeSpan.FromMinutes(59));
        Assert.NotNull(await cache.GetAsync("k"));

        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Null(await cache.GetAsync("k"));
    }

    [Fact]
    public void Set_AbsoluteExpirationInThePast_Throws()
    {
        var cache = CreateCache();

        Assert.Throws<ArgumentOutOfRangeException>(() =>
            cache.Set("k", [1], new DistributedCacheEntryOptions { AbsoluteExpiration = _clock.GetUtcNow() }));
    }

    [Fact]
    public void Get_SlidingExpiration_RenewsOnEveryHitAndExpiresWhenIdle()
    {
        var cache = CreateCache();
        cache.Set("k", [1], new DistributedCacheEntryOptions { SlidingExpiration = TimeSpan.FromMinutes(10) });

        _clock.Advance(TimeSpan.FromMinutes(6));
        Assert.NotNull(cache.Get("k"));
        _clock.Advance(TimeSpan.FromMinutes(6));
        Assert.NotNull(cache.Get("k"));

        _clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Null(cache.Get("k"));
        Assert.False(File.Exists(PathOf("k")));
    }

    [Fact]
    public void Refresh_SlidingEntry_RestartsItsWindow()
    {
        var cache = CreateCache();
        cache.Set("k", [1], new DistributedCacheEntryOptions { SlidingExpiration = TimeSpan.FromMinutes(10) });

        _clock.Advance(TimeSpan.FromMinutes(8));
        cache.Refresh("k");
        _clock.Advance(TimeSpan.FromMinutes(8));

        Assert.Equal([1], cache.Get("k"));
    }

    [Fact]
    public async Task RefreshAsync_SlidingEntry_RestartsItsWindow()
    {
        var cache = CreateCache();
        await cache.SetAsync("k", [1], new DistributedCacheEntryOptions { SlidingExpiration = TimeSpan.FromMinutes(10) });

        _clock.Advance(TimeSpan.FromMinutes(8));
        await cache.RefreshAsync("k");
        _clock.Advance(TimeSpan.FromMinutes(8));

        Assert.Equal([1], await cache.GetAsync("k"));
    }

    [Fact]
    public void Get_SlidingEntryPastItsAbsoluteExpiration_Misses()
    {
        var cache = CreateCache();
        cache.Set("k", [1], new DistributedCacheEntryOptions
        {
            SlidingExpiration = TimeSpan.FromMinutes(10),
            AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(15),
        });

        _clock.Advance(TimeSpan.FromMinutes(8));
        Assert.NotNull(cache.Get("k"));
        _clock.Advance(TimeSpan.FromMinutes(8));

        Assert.Null(cache.Get("k"));
    }

    [Fact]
    public void Get_WithoutExpiry_HitsMuchLater()
    {
        var cache = CreateCache();
        cache.Set("k", [1], NoExpiry);

        _clock.Advance(TimeSpan.FromDays(3650));

        Assert.Equal([1], cache.Get("k"));
    }

    [Theory]
    [InlineData(0)]      // magic
    [InlineData(4)]      // format version
    [InlineData(7)]      // absolute expiration
    [InlineData(30)]     // key length
    [InlineData(36)]     // key
    [InlineData(-40)]    // payload
    [InlineData(-1)]     // checksum
    public void Get_OneCorruptedByte_MissesDeletesTheFileAndLogsIt(int offset)
    {
        var logger = new RecordingLogger<FileDistributedCache>();
        var cache = CreateCache(logger: logger);
        cache.Set("key", new byte[100], NoExpiry);
        var path = PathOf("key");
        var bytes = File.ReadAllBytes(path);
        bytes[offset >= 0 ? offset : bytes.Length + offset] ^= 0x01;
        File.WriteAllBytes(path, bytes);

        Assert.Null(cache.Get("key"));
        Assert.False(File.Exists(path));
        Assert.Equal(LogLevel.Warning, Assert.Single(logger.Entries).Level);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(40)]
    [InlineData(-1)]
    [InlineData(-33)]
    public async Task GetAsync_TruncatedFile_MissesAndDeletesTheFile(int length)
    {
        var cache = CreateCache();
        await cache.SetAsync("key", new byte[100], NoExpiry);
        var path = PathOf("key");
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(length >= 0 ? length : bytes.Length + length)]);

        Assert.Null(await cache.GetAsync("key"));
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Get_FileWithExtraTrailingBytes_Misses()
    {
        var cache = CreateCache();
        cache.Set("key", [1, 2, 3], NoExpiry);
        using (var stream = new FileStream(PathOf("key"), FileMode.Append))
        {
            stream.WriteByte(0);
        }

        Assert.Null(cache.Get("key"));
    }

    [Fact]
    public void Get_AnotherKeysFileCopiedUnderItsName_MissesAndLeavesTheOriginal()
    {
        var cache = CreateCache();
        cache.Set("a", [1], NoExpiry);
        var misplaced = PathOf("b");
        Directory.CreateDirectory(Path.GetDirectoryName(misplaced)!);
        File.Copy(PathOf("a"), misplaced);

        Assert.Null(cache.Get("b"));
        Assert.False(File.Exists(misplaced));
        Assert.Equal([1], cache.Get("a"));
    }

    [Fact]
    public void Get_ForeignFile_Misses()
    {
        var cache = CreateCache();
        var path = PathOf("k");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "not a cache entry at all, but long enough to look like one at a glance: 0123456789");

        Assert.Null(cache.Get("k"));
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Set_OverTheSizeBound_EvictsTheLeastRecentlyUsed()
    {
        // Each entry is 70 bytes of framing + a 3-byte key + 1000 bytes = 1073 bytes; five exceed 5000.
        var cache = CreateCache(maxSizeBytes: 5000);
        foreach (var key in FirstFour)
        {
            cache.Set(key, new byte[1000], NoExpiry);
            _clock.Advance(TimeSpan.FromMinutes(1));
        }

        Assert.NotNull(cache.Get("k-a")); // k-a becomes the most recently used of the four
        _clock.Advance(TimeSpan.FromMinutes(1));
        cache.Set("k-e", new byte[1000], NoExpiry);

        Assert.False(File.Exists(PathOf("k-b")));
        Assert.All(Survivors, key => Assert.True(File.Exists(PathOf(key)), key));
        Assert.True(EntryFiles().Sum(f => new FileInfo(f).Length) <= 4500);
    }

    [Fact]
    public async Task SetAsync_FarOverTheSizeBound_EvictsDownToNinetyPercent()
    {
        var cache = CreateCache(maxSizeBytes: 20_000);
        for (var i = 0; i < 40; i++)
        {
            await cache.SetAsync($"key-{i:D2}", new byte[930], NoExpiry); // 1006 bytes each
            _clock.Advance(TimeSpan.FromSeconds(1));
        }

        var total = EntryFiles().Sum(f => new FileInfo(f).Length);
        Assert.InRange(total, 1, 20_000);
        Assert.NotNull(await cache.GetAsync("key-39"));
        Assert.Null(await cache.GetAsync("key-00"));
    }

    [Fact]
    public void Set_FirstWrite_RemovesAbandonedTemporaryFiles()
    {
        var shard = Path.Combine(_directory.Path, "ab");
        Directory.CreateDirectory(shard);
        var abandoned = Path.Combine(shard, new string('a', 64) + ".0123456789abcdef.tmp");
        File.WriteAllBytes(abandoned, [1]);
        File.SetLastWriteTimeUtc(abandoned, _clock.GetUtcNow().UtcDateTime.AddHours(-2));

        CreateCache().Set("k", [1], NoExpiry);

        Assert.False(File.Exists(abandoned));
    }

    [Fact]
    public async Task SetAndGet_ManyConcurrentWritersAndReadersOnOneKey_NeverSeeATornValue()
    {
        // Two instances over one folder stand for two processes.
        // A reader that saw a partial file would log an invalid entry (its checksum fails) and delete it.
        var logger = new RecordingLogger<FileDistributedCache>();
        var first = CreateCache(flushToDisk: false, logger: logger);
        var second = CreateCache(flushToDisk: false, logger: logger);
        var torn = 0;
        var hits = 0;

        var writers = Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < 40; i++)
            {
                var value = ValueOf((byte)((w * 40) + i), 16_384 + (i * 97));
                if (i % 2 == 0)
                {
                    await (w % 2 == 0 ? first : second).SetAsync("shared", value, NoExpiry);
                }
                else
                {
                    (w % 2 == 0 ? second : first).Set("shared", value, NoExpiry);
                }
            }
        }));
        var writing = Task.WhenAll(writers);
        var readers = Enumerable.Range(0, 4).Select(r => Task.Run(async () =>
        {
            // Read for as long as anyone writes (and a little after), so reads overlap writes whatever the scheduling.
            for (var i = 0; !writing.IsCompleted || i < 150; i++)
            {
                var cache = r % 2 == 0 ? first : second;
                var value = i % 2 == 0 ? await cache.GetAsync("shared") : cache.Get("shared");
                if (value is null)
                {
                    continue;
                }

                Interlocked.Increment(ref hits);
                if (!IsWhole(value))
                {
                    Interlocked.Increment(ref torn);
                }
            }
        }));
        await Task.WhenAll(readers.Append(writing));

        Assert.Equal(0, torn);
        Assert.True(hits > 0);
        Assert.Empty(logger.Entries);
        Assert.True(IsWhole(first.Get("shared")!));
        Assert.Empty(Directory.EnumerateFiles(_directory.Path, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void Get_SecondInstanceOverTheSameDirectory_SeesTheFirstInstancesEntries()
    {
        var first = CreateCache();
        first.Set("k", [7, 7], NoExpiry);

        var second = CreateCache();

        Assert.Equal([7, 7], second.Get("k"));
        second.Remove("k");
        Assert.Null(first.Get("k"));
    }

    [Fact]
    public async Task GetAsync_CancelledToken_Throws()
    {
        var cache = CreateCache();
        await cache.SetAsync("k", [1], NoExpiry);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cache.GetAsync("k", new CancellationToken(canceled: true)));
    }

    [Fact]
    public async Task SetAsync_CancelledToken_ThrowsAndWritesNothing()
    {
        var cache = CreateCache();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cache.SetAsync("k", [1], NoExpiry, new CancellationToken(canceled: true)));

        Assert.Empty(Directory.EnumerateFiles(_directory.Path, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void Constructor_NoDirectory_Throws()
    {
        Assert.Throws<ArgumentException>(() => new FileDistributedCache(Options.Create(new FileDistributedCacheOptions())));
    }

    [Fact]
    public void Constructor_NonPositiveMaxSize_Throws()
    {
        Assert.Throws<ArgumentException>(() => new FileDistributedCache(Options.Create(
            new FileDistributedCacheOptions { Directory = _directory.Path, MaxSizeBytes = 0 })));
    }

    private FileDistributedCache CreateCache(
        long maxSizeBytes = FileDistributedCacheOptions.DefaultMaxSizeBytes,
        bool flushToDisk = true,
        RecordingLogger<FileDistributedCache>? logger = null) =>
        new(
            Options.Create(new FileDistributedCacheOptions
            {
                Directory = _directory.Path,
                MaxSizeBytes = maxSizeBytes,
                FlushToDisk = flushToDisk,
                TimeProvider = _clock,
            }),
            logger);

    private string PathOf(string key)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
        return Path.Combine(_directory.Path, hash[..2], hash);
    }

    private string[] EntryFiles() =>
        [.. Directory.EnumerateFiles(_directory.Path, "*", SearchOption.AllDirectories)];

    private static byte[] ValueOf(byte marker, int length)
    {
        var value = new byte[length];
        value.AsSpan().Fill(marker);
        value[0] = (byte)(length >> 8);
        value[1] = (byte)length;
        return value;
    }

    private static bool IsWhole(byte[] value) =>
        value.Length > 2
        && value[0] == (byte)(value.Length >> 8)
        && value[1] == (byte)value.Length
        && !value.AsSpan(2).ContainsAnyExcept(value[2]);
}
