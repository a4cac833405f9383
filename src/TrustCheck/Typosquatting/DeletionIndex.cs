namespace TrustCheck.Typosquatting;

/// <summary>
/// A symmetric-delete index: every name is filed under each string obtained by deleting up to its allowed number of
/// characters, so a query finds every name within that edit distance by looking up its own deletions — a few dozen
/// hash probes instead of a scan of the corpus. Keys are hashes (collisions only add candidates, which the exact
/// distance then rejects).
/// </summary>
internal sealed class DeletionIndex
{
    private readonly Dictionary<int, (int Start, int Count)> _ranges;
    private readonly int[] _ids;

    private DeletionIndex(Dictionary<int, (int, int)> ranges, int[] ids)
    {
        _ranges = ranges;
        _ids = ids;
    }

    /// <summary>Builds the index.</summary>
    /// <param name="keys">Each name's indexed form, by id.</param>
    /// <param name="deletions">How many deletions to index for each name (0 to 2).</param>
    public static DeletionIndex Build(IReadOnlyList<string> keys, Func<int, int> deletions)
    {
        var pairs = new List<long>(keys.Count * 48);
        for (var id = 0; id < keys.Count; id++)
        {
            var depth = deletions(id);
            if (depth > 0)
            {
                Enumerate(keys[id], depth, hash => pairs.Add(((long)hash << 32) | (uint)id));
            }
        }

        var sorted = pairs.ToArray();
        Array.Sort(sorted);
        var ids = new int[sorted.Length];
        var ranges = new Dictionary<int, (int, int)>(sorted.Length / 2);
        var count = 0;
        for (var i = 0; i < sorted.Length;)
        {
            var hash = (int)(sorted[i] >> 32);
            var start = count;
            var lastId = -1;
            for (; i < sorted.Length && (int)(sorted[i] >> 32) == hash; i++)
            {
                var id = (int)(uint)sorted[i];
                if (id != lastId)
                {
                    ids[count++] = id;
                    lastId = id;
                }
            }

            ranges[hash] = (start, count - start);
        }

        return new DeletionIndex(ranges, ids[..count]);
    }

    /// <summary>Adds to <paramref name="found"/> every id filed under a deletion (up to two) of <paramref name="query"/>.</summary>
    public void Find(string query, HashSet<int> found)
    {
        Enumerate(query, 2, hash =>
        {
            if (_ranges.TryGetValue(hash, out var range))
            {
                foreach (var id in _ids.AsSpan(range.Start, range.Count))
                {
                    found.Add(id);
                }
            }
        });
    }

    /// <summary>Calls <paramref name="visit"/> with the hash of the text itself and of every text with up to <paramref name="depth"/> characters deleted.</summary>
    private static void Enumerate(string text, int depth, Action<int> visit)
    {
        visit(string.GetHashCode(text.AsSpan(), StringComparison.Ordinal));
        Span<char> buffer = stackalloc char[Math.Max(text.Length, 1)];
        Span<char> twice = stackalloc char[Math.Max(text.Length, 1)];
        for (var i = 0; i < text.Length; i++)
        {
            text.AsSpan(0, i).CopyTo(buffer);
            text.AsSpan(i + 1).CopyTo(buffer[i..]);
            var once = buffer[..(text.Length - 1)];
            visit(string.GetHashCode(once, StringComparison.Ordinal));
            if (depth < 2)
            {
                continue;
            }

            for (var j = i; j < once.Length; j++)
            {
                once[..j].CopyTo(twice);
                once[(j + 1)..].CopyTo(twice[j..]);
                visit(string.GetHashCode(twice[..(once.Length - 1)], StringComparison.Ordinal));
            }
        }
    }
}
