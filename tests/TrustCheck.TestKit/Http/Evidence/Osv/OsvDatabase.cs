namespace TrustCheck.TestKit.Http.Evidence.Osv;

/// <summary>The OSV records a server holds, in the order added (a record added again under its id replaces it in place).</summary>
internal sealed class OsvDatabase
{
    private readonly object _gate = new();
    private readonly List<OsvRecord> _records = [];
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _records.Count;
            }
        }
    }

    public void Add(OsvRecord record)
    {
        lock (_gate)
        {
            if (_index.TryGetValue(record.Id, out var at))
            {
                _records[at] = record;
            }
            else
            {
                _index[record.Id] = _records.Count;
                _records.Add(record);
            }
        }
    }

    public OsvRecord? Find(string id)
    {
        lock (_gate)
        {
            return _index.TryGetValue(id, out var at) ? _records[at] : null;
        }
    }

    /// <summary>The records affecting a package (and version, when given), in database order.</summary>
    public IReadOnlyList<OsvRecord> Match(string normalizedName, string? version)
    {
        OsvRecord[] records;
        lock (_gate)
        {
            records = [.. _records];
        }

        return [.. records.Where(r => r.Affects(normalizedName, version))];
    }
}
