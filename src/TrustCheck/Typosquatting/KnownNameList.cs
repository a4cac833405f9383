using System.Collections;

namespace TrustCheck.Typosquatting;

/// <summary>
/// The index's names as one array of rows; a <see cref="KnownName"/> (which keeps the forms it works out) is made for
/// a row only when something asks for it. A single <c>inspect</c> scans all 15,000 names by their text and looks at
/// a handful as known names: making an object for every name was a megabyte of fresh memory for each start.
/// Thread-safe: two threads asking for the same row get the same object.
/// </summary>
internal sealed class KnownNameList : IReadOnlyList<KnownName>
{
    private readonly Row[] _rows;
    private readonly KnownName?[] _made;

    public KnownNameList(Row[] rows)
    {
        _rows = rows;
        _made = new KnownName?[rows.Length];
    }

    public int Count => _rows.Length;

    public KnownName this[int id] => Volatile.Read(ref _made[id]) ?? Make(id);

    /// <summary>The normalized name of a row, without making its <see cref="KnownName"/>.</summary>
    public string NameAt(int id) => _rows[id].Name;

    public IEnumerator<KnownName> GetEnumerator()
    {
        for (var id = 0; id < _rows.Length; id++)
        {
            yield return this[id];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private KnownName Make(int id)
    {
        var row = _rows[id];
        var made = new KnownName(row.Name, row.Downloads, row.Rank, row.Source);
        return Interlocked.CompareExchange(ref _made[id], made, null) ?? made;
    }

    /// <summary>What a known name is, before it is asked for.</summary>
    /// <param name="Name">The normalized name.</param>
    /// <param name="Downloads">Its weight.</param>
    /// <param name="Rank">Its place in the popular list, if it is there.</param>
    /// <param name="Source">Where it comes from (<see cref="PopularNameIndex"/>'s sources).</param>
    internal readonly record struct Row(string Name, long Downloads, int? Rank, string Source);
}
