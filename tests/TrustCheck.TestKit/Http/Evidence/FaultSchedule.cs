namespace TrustCheck.TestKit.Http.Evidence;

/// <summary>
/// The faults an <see cref="EvidenceServer"/> will show, in one queue: each request takes the earliest queued fault
/// whose path prefix it matches (ordinal, e.g. <c>/pypi/requests/</c>) and is otherwise served normally. A fault
/// queued with <c>times: n</c> is taken by the next <c>n</c> matching requests. Requests that no queued fault takes
/// may be given a random one (<see cref="InjectRandomly"/>).
/// </summary>
public sealed class FaultSchedule
{
    private readonly object _gate = new();
    private readonly List<Entry> _entries = [];
    private readonly Dictionary<string, int> _randomlyShown = new(StringComparer.Ordinal);
    private RandomFaults? _random;

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

    /// <summary>How many times each random fault was shown (by its description), since <see cref="InjectRandomly"/>.</summary>
    public IReadOnlyDictionary<string, int> RandomlyShown
    {
        get
        {
            lock (_gate)
            {
                return new Dictionary<string, int>(_randomlyShown, StringComparer.Ordinal);
            }
        }
    }

    /// <summary>
    /// From now on, gives each request under <paramref name="pathPrefix"/> that no queued fault takes one of
    /// <paramref name="faults"/> with probability <paramref name="rate"/> (drawn uniformly, from a random sequence
    /// seeded with <paramref name="seed"/>). Replaces an earlier random injection and resets <see cref="RandomlyShown"/>.
    /// </summary>
    /// <param name="rate">The fraction of requests to fault, from 0 to 1.</param>
    /// <param name="faults">The faults to draw from.</param>
    /// <param name="seed">The seed of the random sequence.</param>
    /// <param name="pathPrefix">Only requests under this path prefix (all by default).</param>
    /// <returns>This schedule.</returns>
    public FaultSchedule InjectRandomly(double rate, IReadOnlyList<Fault> faults, int seed, string pathPrefix = "/")
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rate, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rate, 1);
        ArgumentNullException.ThrowIfNull(faults);
        ArgumentNullException.ThrowIfNull(pathPrefix);
        if (faults.Count == 0)
        {
            throw new ArgumentException("At least one fault is needed.", nameof(faults));
        }

        lock (_gate)
        {
            _random = new RandomFaults(rate, [.. faults], new Random(seed), RequestJournal.NormalizePath(pathPrefix));
            _randomlyShown.Clear();
        }

        return this;
    }

    /// <summary>Stops the random injection (queued faults stay).</summary>
    public void StopRandom()
    {
        lock (_gate)
        {
            _random = null;
        }
    }

    /// <summary>Removes every queued fault and stops the random injection.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
            _random = null;
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
                return TakeRandom(path);
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

    private Fault? TakeRandom(string path)
    {
        if (_random is not { } random || !path.StartsWith(random.Prefix, StringComparison.Ordinal) || random.Source.NextDouble() >= random.Rate)
        {
            return null;
        }

        var fault = random.Faults[random.Source.Next(random.Faults.Length)];
        var name = fault.ToString() ?? fault.GetType().Name;
        _randomlyShown[name] = _randomlyShown.GetValueOrDefault(name) + 1;
        return fault;
    }

    private sealed record RandomFaults(double Rate, Fault[] Faults, Random Source, string Prefix);

    private sealed class Entry(string prefix, Fault fault, int remaining)
    {
        public string Prefix { get; } = prefix;

        public Fault Fault { get; } = fault;

        public int Remaining { get; set; } = remaining;
    }
}
