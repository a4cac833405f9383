namespace TrustCheck.Dependencies.Backtracking;

/// <summary>
/// A map that remembers insertion order, as the resolver's states need (Python's dict): replacing a value keeps its
/// place, a new key goes last, copies are cheap enough for one per round.
/// </summary>
/// <typeparam name="TValue">The value type.</typeparam>
internal sealed class OrderedMap<TValue>
{
    private readonly List<string> _keys;
    private readonly Dictionary<string, TValue> _values;

    public OrderedMap()
    {
        _keys = [];
        _values = new Dictionary<string, TValue>(StringComparer.Ordinal);
    }

    private OrderedMap(OrderedMap<TValue> other)
    {
        _keys = [.. other._keys];
        _values = new Dictionary<string, TValue>(other._values, StringComparer.Ordinal);
    }

    public int Count => _keys.Count;

    public IReadOnlyList<string> Keys => _keys;

    public TValue this[string key]
    {
        get => _values[key];
        set
        {
            if (_values.TryAdd(key, value))
            {
                _keys.Add(key);
            }
            else
            {
                _values[key] = value;
            }
        }
    }

    public bool TryGetValue(string key, out TValue value) => _values.TryGetValue(key, out value!);

    public bool ContainsKey(string key) => _values.ContainsKey(key);

    public OrderedMap<TValue> Copy() => new(this);

    /// <summary>Removes a key (its place is forgotten).</summary>
    public bool Remove(string key)
    {
        if (!_values.Remove(key))
        {
            return false;
        }

        _keys.Remove(key);
        return true;
    }

    /// <summary>Removes and returns the last entry.</summary>
    public bool TryPopLast(out string key, out TValue value)
    {
        if (_keys.Count == 0)
        {
            key = string.Empty;
            value = default!;
            return false;
        }

        key = _keys[^1];
        _keys.RemoveAt(_keys.Count - 1);
        value = _values[key];
        _values.Remove(key);
        return true;
    }

    /// <summary>Sets every entry of <paramref name="other"/>, in its order.</summary>
    public void Update(OrderedMap<TValue> other)
    {
        foreach (var key in other._keys)
        {
            this[key] = other._values[key];
        }
    }

    public IEnumerable<KeyValuePair<string, TValue>> Entries()
    {
        foreach (var key in _keys)
        {
            yield return new KeyValuePair<string, TValue>(key, _values[key]);
        }
    }
}
