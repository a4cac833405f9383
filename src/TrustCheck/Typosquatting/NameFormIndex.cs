namespace TrustCheck.Typosquatting;

/// <summary>
/// The ids of the known names that share one form (squashed, skeleton, word key or core), as chains through one
/// array: a dictionary from the form to its first id and, per id, the next id with the same form. Unlike a lookup of
/// groups it allocates nothing per form, which is most of what building the index for the 15,000 top-pypi names cost
/// a short-lived process (a single <c>inspect</c>).
/// </summary>
internal sealed class NameFormIndex
{
    private const int End = -1;
    private readonly Dictionary<string, int> _first;
    private readonly int[] _next;

    public NameFormIndex(IReadOnlyList<KnownName> names, Func<KnownName, string> form)
    {
        _first = new Dictionary<string, int>(names.Count, StringComparer.Ordinal);
        _next = new int[names.Count];

        // Linked from the last id back, so a chain lists its ids in ascending order.
        for (var id = names.Count - 1; id >= 0; id--)
        {
            ref var first = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_first, form(names[id]), out var exists);
            _next[id] = exists ? first : End;
            first = id;
        }
    }

    /// <summary>The ids of the names with this form, in ascending order.</summary>
    public IEnumerable<int> IdsWith(string form)
    {
        if (!_first.TryGetValue(form, out var id))
        {
            yield break;
        }

        for (; id != End; id = _next[id])
        {
            yield return id;
        }
    }
}
