namespace TrustCheck.TestKit.Http.Evidence;

/// <summary>
/// The faults an <see cref="EvidenceServer"/> will show, in one queue: each request takes the earliest queued fault
/// whose path prefix it matches (ordinal, e.g. <c>/pypi/requests/</c>) and is otherwise served normally. A fault
/// queued with <c>times: n</c> is taken by the next <c>n</c> matching requests.
/// </summary>
public sealed class FaultSchedule
{
    private readonly object _gate = new();
    private readonly List<Entry> _entries = [];

    /// <summary>The number of fault occurrences still queued.</summary>
    public int Pending
    {
        get
        {
            lock (_gate)
            {
                return _entries.Sum(static e => e.Remaining);
            }
        }
    }

    /// <summary>Queues a fault for the next <paramref name="times"/> requests under <paramref name="pathPrefix"/>.</summary>
    /// <param name="pathPrefix">A path prefix such as <c>/pypi/requests/</c> (a missing leading <c>/</c> is added).</param>
    /// <param name="fault">The fault.</param>
    /// <param name="times">How many requests show it.</param>
    /// <returns>This schedule.</returns>
    public FaultSchedule Enqueue(string pathPrefix, Fault fault, int times = 1)
    {
        ArgumentNullException.ThrowIfNull(pathPrefix);
        ArgumentNullException.ThrowIfNull(fault);
        ArgumentOutOfRangeException.ThrowIfLessThan(times, 1);
        lock (_gate)
        {
            _entries.Add(new Entry(RequestJournal.NormalizePath(pathPrefix), fault, times));
        }

        return this;
    }

    /// <summary>Removes every queued fault.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
        }
    }

    /// <summary>Takes one occurrence of the earliest fault queued for a prefix of <paramref name="path"/>.</summary>
    internal Fault? TryTake(string path)
    {
        lock (_gate)
        {
            var index = _entries.FindIndex(e => path.StartsWith(e.Prefix, StringComparison.Ordinal));
            if (index < 0)
            {
                return null;
            }

            var entry = _entries[index];
            entry.Remaining--;
            if (entry.Remaining == 0)
            {
                _entries.RemoveAt(index);
            }

            return entry.Fault;
        }
    }

    private sealed class Entry(string prefix, Fault fault, int remaining)
    {
        public string Prefix { get; } = prefix;

        public Fault Fault { get; } = fault;

        public int Remaining { get; set; } = remaining;
    }
}
