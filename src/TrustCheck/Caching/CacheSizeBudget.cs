namespace TrustCheck.Caching;

/// <summary>
/// Keeps the file store under its size bound without scanning the folder on every write: a running estimate of
/// the total is adjusted by this instance's writes and deletions, and corrected by a full scan on the first write,
/// after every <see cref="RescanEveryWrites"/> writes, after <see cref="RescanInterval"/>, and whenever the estimate
/// goes over the bound (other processes' writes are only seen by a scan). A scan that finds the store over the
/// bound evicts the least recently used entries until it is under <see cref="LowWaterMarkPercent"/>% of it.
/// </summary>
internal sealed class CacheSizeBudget
{
    /// <summary>How many writes go by between two scans at most.</summary>
    public const int RescanEveryWrites = 1000;

    /// <summary>What an eviction brings the store down to, in percent of the bound.</summary>
    public const int LowWaterMarkPercent = 90;

    /// <summary>How much time goes by between two scans at most.</summary>
    public static readonly TimeSpan RescanInterval = TimeSpan.FromMinutes(10);

    private readonly string _root;
    private readonly long _maxBytes;
    private readonly TimeProvider _timeProvider;
    private readonly Lock _scanLock = new();
    private long _estimatedBytes;
    private int _writesSinceScan;
    private long _lastScanTimestamp;
    private bool _scanned;

    /// <summary>Creates the budget of a store.</summary>
    /// <param name="root">The store's folder.</param>
    /// <param name="maxBytes">The bound.</param>
    /// <param name="timeProvider">The clock.</param>
    public CacheSizeBudget(string root, long maxBytes, TimeProvider timeProvider)
    {
        _root = root;
        _maxBytes = maxBytes;
        _timeProvider = timeProvider;
    }

    /// <summary>The current estimate of the store's total size.</summary>
    public long EstimatedBytes => Interlocked.Read(ref _estimatedBytes);

    /// <summary>What an eviction brings the store down to.</summary>
    public long LowWaterMarkBytes => _maxBytes / 100 * LowWaterMarkPercent + _maxBytes % 100 * LowWaterMarkPercent / 100;

    /// <summary>Records that an entry file of <paramref name="newLength"/> bytes replaced one of <paramref name="oldLength"/>.</summary>
    /// <param name="oldLength">The replaced file's size (0 when new).</param>
    /// <param name="newLength">The new file's size.</param>
    public void Written(long oldLength, long newLength)
    {
        Interlocked.Add(ref _estimatedBytes, newLength - oldLength);
        Interlocked.Increment(ref _writesSinceScan);
    }

    /// <summary>Records that an entry file of <paramref name="length"/> bytes was deleted.</summary>
    /// <param name="length">Its size.</param>
    public void Deleted(long length) => Interlocked.Add(ref _estimatedBytes, -length);

    /// <summary>
    /// After a write: scans and evicts when a scan is due or the estimate is over the bound. Only one caller
    /// scans at a time; the others go on.
    /// </summary>
    /// <returns>The entry files evicted (empty when none or when another caller is scanning).</returns>
    public IReadOnlyList<CacheFileInfo> Enforce()
    {
        if (!IsScanDue() || !_scanLock.TryEnter())
        {
            return [];
        }

        try
        {
            return IsScanDue() ? ScanAndEvict() : [];
        }
        finally
        {
            _scanLock.Exit();
        }
    }

    private bool IsScanDue() =>
        !Volatile.Read(ref _scanned)
        || EstimatedBytes > _maxBytes
        || Volatile.Read(ref _writesSinceScan) >= RescanEveryWrites
        || _timeProvider.GetElapsedTime(Interlocked.Read(ref _lastScanTimestamp)) >= RescanInterval;

    private List<CacheFileInfo> ScanAndEvict()
    {
        var files = CacheDirectoryScanner.Scan(_root, _timeProvider.GetUtcNow());
        var total = files.Sum(f => f.Length);
        var evicted = new List<CacheFileInfo>();
        if (total > _maxBytes)
        {
            foreach (var victim in LeastRecentlyUsedEviction.Victims(files, LowWaterMarkBytes))
            {
                if (EntryFile.TryDelete(victim.Path))
                {
                    total -= victim.Length;
                    evicted.Add(victim);
                }
            }
        }

        Interlocked.Exchange(ref _estimatedBytes, total);
        Interlocked.Exchange(ref _writesSinceScan, 0);
        Interlocked.Exchange(ref _lastScanTimestamp, _timeProvider.GetTimestamp());
        Volatile.Write(ref _scanned, true);
        return evicted;
    }
}
