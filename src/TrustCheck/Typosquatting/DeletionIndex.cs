using System.Buffers;

namespace TrustCheck.Typosquatting;

/// <summary>
/// A symmetric-delete index: every name is filed under each string obtained by deleting up to its allowed number of
/// characters, so a query finds every name within that edit distance by looking up its own deletions — a few dozen
/// slot probes instead of a scan of the corpus. Entries are (hash of the deleted form, name id) filed by the hash's
/// top bits; hash collisions only add candidates, which the exact distance then rejects.
/// </summary>
internal sealed class DeletionIndex
{
    // The top bits of a form's hash pick its slot; a counting sort by slot files every entry in one pass, and a query
    // probes one slot and scans its few entries (cache misses, not comparisons, are what a lookup costs).
    private const int SlotBits = 20;

    private readonly int[] _slotStarts;
    private readonly int[] _hashes;
    private readonly int[] _ids;

    private DeletionIndex(int[] slotStarts, int[] hashes, int[] ids)
    {
        _slotStarts = slotStarts;
        _hashes = hashes;
        _ids = ids;
    }

    /// <summary>How many (form, name) entries the index holds.</summary>
    public int Count => _ids.Length;

    /// <summary>Builds the index.</summary>
    /// <param name="keys">Each name's indexed form, by id.</param>
    /// <param name="depths">How many deletions to index for each name (0 to 2), by id.</param>
    public static DeletionIndex Build(IReadOnlyList<string> keys, IReadOnlyList<int> depths)
    {
        var slotStarts = new int[(1 << SlotBits) + 1];
        var hashes = ArrayPool<int>.Shared.Rent(1024);
        try
        {
            // Pass 1: count the entries of each slot. Hashing is cheap enough to do twice rather than keep.
            var total = 0;
            for (var id = 0; id < keys.Count; id++)
            {
                var count = Forms(keys[id], depths[id], ref hashes);
                for (var k = 0; k < count; k++)
                {
                    slotStarts[Slot(hashes[k]) + 1]++;
                }

                total += count;
            }

            for (var slot = 1; slot < slotStarts.Length; slot++)
            {
                slotStarts[slot] += slotStarts[slot - 1];
            }

            // Pass 2: file each entry at its slot's next free place.
            var next = slotStarts[..^1];
            var entryHashes = new int[total];
            var ids = new int[total];
            for (var id = 0; id < keys.Count; id++)
            {
                var count = Forms(keys[id], depths[id], ref hashes);
                for (var k = 0; k < count; k++)
                {
                    var at = next[Slot(hashes[k])]++;
                    entryHashes[at] = hashes[k];
                    ids[at] = id;
                }
            }

            return new DeletionIndex(slotStarts, entryHashes, ids);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(hashes);
        }
    }

    /// <summary>Adds to <paramref name="found"/> every id filed under a deletion (up to two) of <paramref name="query"/>.</summary>
    public void Find(string query, List<int> found)
    {
        var hashes = ArrayPool<int>.Shared.Rent(1024);
        try
        {
            var count = Forms(query, 2, ref hashes);
            for (var k = 0; k < count; k++)
            {
                var hash = hashes[k];
                var slot = Slot(hash);
                for (var at = _slotStarts[slot]; at < _slotStarts[slot + 1]; at++)
                {
                    if (_hashes[at] == hash)
                    {
                        found.Add(_ids[at]);
                    }
                }
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(hashes);
        }
    }

    private static int Slot(int hash) => (int)((uint)hash >> (32 - SlotBits));

    /// <summary>Hashes the forms of a text into a (pooled, grown when needed) buffer; returns how many.</summary>
    private static int Forms(string text, int depth, ref int[] buffer)
    {
        if (depth == 0)
        {
            return 0;
        }

        var count = FormCount(text.Length, depth);
        if (buffer.Length < count)
        {
            ArrayPool<int>.Shared.Return(buffer);
            buffer = ArrayPool<int>.Shared.Rent(count);
        }

        Hash(text, depth, buffer);
        return count;
    }

    /// <summary>The number of forms <see cref="Hash"/> writes: the text, each single deletion, and each pair of deletions.</summary>
    private static int FormCount(int length, int depth) =>
        1 + length + (depth < 2 || length < 2 ? 0 : length * (length - 1) / 2);

    /// <summary>
    /// Writes the hash of the text and of every text with up to <paramref name="depth"/> characters deleted, without
    /// building any of them: a polynomial hash (mod 2^64) of a text with characters deleted is a sum of prefix and
    /// suffix hashes, so each form costs a few multiplications instead of a copy and a full hash.
    /// </summary>
    private static void Hash(string text, int depth, int[] output)
    {
        var n = text.Length;
        Span<ulong> prefix = n < 256 ? stackalloc ulong[n + 1] : new ulong[n + 1];
        Span<ulong> power = n < 256 ? stackalloc ulong[n + 1] : new ulong[n + 1];
        prefix[0] = 0;
        power[0] = 1;
        for (var k = 0; k < n; k++)
        {
            prefix[k + 1] = (prefix[k] * Base) + text[k];
            power[k + 1] = power[k] * Base;
        }

        var written = 0;
        output[written++] = Mix(prefix[n], n);
        for (var i = 0; i < n; i++)
        {
            output[written++] = Mix((prefix[i] * power[n - 1 - i]) + Suffix(prefix, power, i + 1, n), n - 1);
            if (depth < 2)
            {
                continue;
            }

            for (var j = i + 1; j < n; j++)
            {
                var middle = prefix[j] - (prefix[i + 1] * power[j - i - 1]);
                output[written++] = Mix((prefix[i] * power[n - 2 - i]) + (middle * power[n - 1 - j]) + Suffix(prefix, power, j + 1, n), n - 2);
            }
        }
    }

    /// <summary>The polynomial hash of <c>text[from..n)</c>, from the prefix hashes.</summary>
    private static ulong Suffix(ReadOnlySpan<ulong> prefix, ReadOnlySpan<ulong> power, int from, int n) =>
        prefix[n] - (prefix[from] * power[n - from]);

    /// <summary>Folds a 64-bit polynomial hash and the form's length into the 32-bit key the index sorts by.</summary>
    private static int Mix(ulong hash, int length)
    {
        hash ^= (ulong)length;
        hash *= 0x9E3779B97F4A7C15UL;
        hash ^= hash >> 29;
        return (int)(hash >> 32);
    }

    // An odd multiplier keeps the polynomial hash a bijection on single characters.
    private const ulong Base = 0x100000001B3UL;
}
