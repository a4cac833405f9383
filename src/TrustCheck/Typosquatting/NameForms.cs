namespace TrustCheck.Typosquatting;

/// <summary>
/// The forms of a PEP 503 normalised name that typosquatting techniques leave unchanged: without separators, with
/// look-alike characters folded, with its words sorted, and with common affixes taken off.
/// </summary>
internal static class NameForms
{
    private const int ShortestCore = 3;

    // Words packagers put around a project's own name; a squatter adds, drops or swaps them.
    private static readonly string[] SeparatedAffixes = ["python3", "python2", "python", "py3", "py2", "py", "lib", "dev", "2", "3"];
    private static readonly string[] GluedPrefixes = ["python3", "python2", "python", "py3", "py2", "py"];
    private static readonly string[] GluedSuffixes = ["python", "py", "lib", "2", "3", "4", "5"];

    private static readonly (string From, string To)[] LookAlikes = [("rn", "m"), ("vv", "w"), ("1", "l"), ("i", "l"), ("0", "o")];

    // What a skeleton changes: a separator, or the first character of a look-alike.
    private static readonly System.Buffers.SearchValues<char> SkeletonChanges = System.Buffers.SearchValues.Create("-rv10i");

    /// <summary>The name without separators: PEP 503 keeps <c>-</c>, a squatter drops or adds it.</summary>
    public static string Squash(string normalized) => normalized.Contains('-', StringComparison.Ordinal) ? normalized.Replace("-", string.Empty, StringComparison.Ordinal) : normalized;

    /// <summary>The squashed name with look-alike characters folded to one representative.</summary>
    public static string Skeleton(string normalized) =>
        normalized.AsSpan().IndexOfAny(SkeletonChanges) < 0 ? normalized : Materialize(normalized, NameForm.Skeleton);

    /// <summary>The name's words in sorted order (<c>nmap-python</c> and <c>python-nmap</c> agree).</summary>
    public static string WordKey(string normalized) =>
        normalized.Contains('-', StringComparison.Ordinal) ? Materialize(normalized, NameForm.Words) : normalized;

    /// <summary>
    /// The name's core (squashed, common affixes removed from either end, glued or separated) and the affixes removed,
    /// as a sorted key; a name without affixes is its own core with an empty key.
    /// </summary>
    public static (string Core, string Affixes) SplitAffixes(string normalized)
    {
        if (StripAffixes(normalized, removed: null).Equals(0..normalized.Length))
        {
            return (Squash(normalized), string.Empty);
        }

        var removed = new List<string>();
        var core = normalized[StripAffixes(normalized, removed)];
        removed.Sort(StringComparer.Ordinal);
        return (Squash(core), string.Join('+', removed));
    }

    /// <summary>
    /// Writes one form of a name into <paramref name="destination"/> (at least as long as the name) without
    /// allocating, and returns its length: what a scan of the names compares, the same text the string forms give.
    /// </summary>
    public static int Write(NameForm form, ReadOnlySpan<char> normalized, Span<char> destination) => form switch
    {
        NameForm.Squashed => WriteSquashed(normalized, destination),
        NameForm.Skeleton => WriteSkeleton(normalized, destination),
        NameForm.Words => WriteWords(normalized, destination),
        NameForm.Core => WriteSquashed(normalized[StripAffixes(normalized, removed: null)], destination),
        _ => throw new ArgumentOutOfRangeException(nameof(form), form, "Not a name form."),
    };

    /// <summary>Whether a name's form equals <paramref name="form"/>, without allocating.</summary>
    public static bool HasForm(string normalized, NameForm kind, ReadOnlySpan<char> form)
    {
        if (kind is NameForm.Squashed or NameForm.Skeleton or NameForm.Core ? normalized.Length < form.Length : normalized.Length != form.Length)
        {
            return false;
        }

        Span<char> buffer = normalized.Length <= StackLimit ? stackalloc char[StackLimit] : new char[normalized.Length];
        return buffer[..Write(kind, normalized, buffer)].SequenceEqual(form);
    }

    private const int StackLimit = 256;

    private static string Materialize(string normalized, NameForm form)
    {
        Span<char> buffer = normalized.Length <= StackLimit ? stackalloc char[StackLimit] : new char[normalized.Length];
        var length = Write(form, normalized, buffer);
        var written = buffer[..length];
        return written.SequenceEqual(normalized) ? normalized : new string(written);
    }

    private static int WriteSquashed(ReadOnlySpan<char> name, Span<char> destination)
    {
        var length = 0;
        foreach (var c in name)
        {
            if (c != '-')
            {
                destination[length++] = c;
            }
        }

        return length;
    }

    // One pass, left to right: rn → m, vv → w, 1 and i → l, 0 → o (no folded character starts another pair).
    private static int WriteSkeleton(ReadOnlySpan<char> name, Span<char> destination)
    {
        var length = WriteSquashed(name, destination);
        var written = 0;
        for (var i = 0; i < length; i++)
        {
            var c = destination[i];
            if (i + 1 < length && ((c == 'r' && destination[i + 1] == 'n') || (c == 'v' && destination[i + 1] == 'v')))
            {
                destination[written++] = c == 'r' ? 'm' : 'w';
                i++;
                continue;
            }

            destination[written++] = c switch
            {
                '1' or 'i' => 'l',
                '0' => 'o',
                _ => c,
            };
        }

        return written;
    }

    private static int WriteWords(ReadOnlySpan<char> name, Span<char> destination)
    {
        Span<Range> words = name.Length <= StackLimit ? stackalloc Range[(StackLimit / 2) + 1] : new Range[(name.Length / 2) + 1];
        var count = 0;
        foreach (var word in name.Split('-'))
        {
            words[count++] = word;
        }

        // Insertion sort, ordinal: a name has a handful of words.
        for (var i = 1; i < count; i++)
        {
            var word = words[i];
            var j = i - 1;
            while (j >= 0 && name[words[j]].SequenceCompareTo(name[word]) > 0)
            {
                words[j + 1] = words[j];
                j--;
            }

            words[j + 1] = word;
        }

        var length = 0;
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                destination[length++] = '-';
            }

            name[words[i]].CopyTo(destination[length..]);
            length += name[words[i]].Length;
        }

        return length;
    }

    // The part of the name left once common affixes are taken off either end, repeatedly; each affix taken off is
    // added to removed when it is given.
    private static Range StripAffixes(ReadOnlySpan<char> name, List<string>? removed)
    {
        var (start, end) = (0, name.Length);
        while (TryStrip(name[start..end], removed) is { } cut)
        {
            (start, end) = (start + cut.Start, start + cut.End);
        }

        return start..end;
    }

    private static (int Start, int End)? TryStrip(ReadOnlySpan<char> text, List<string>? removed)
    {
        foreach (var affix in SeparatedAffixes)
        {
            if (text.Length - affix.Length - 1 >= ShortestCore && text[affix.Length] == '-' && text.StartsWith(affix, StringComparison.Ordinal))
            {
                removed?.Add(affix);
                return (affix.Length + 1, text.Length);
            }

            if (text.Length - affix.Length - 1 >= ShortestCore && text[^(affix.Length + 1)] == '-' && text.EndsWith(affix, StringComparison.Ordinal))
            {
                removed?.Add(affix);
                return (0, text.Length - affix.Length - 1);
            }
        }

        foreach (var prefix in GluedPrefixes)
        {
            if (text.Length - prefix.Length > ShortestCore && text.StartsWith(prefix, StringComparison.Ordinal) && text[prefix.Length] != '-')
            {
                removed?.Add(prefix);
                return (prefix.Length, text.Length);
            }
        }

        foreach (var suffix in GluedSuffixes)
        {
            if (text.Length - suffix.Length > ShortestCore && text.EndsWith(suffix, StringComparison.Ordinal) && text[^(suffix.Length + 1)] != '-')
            {
                removed?.Add(suffix);
                return (0, text.Length - suffix.Length);
            }
        }

        return null;
    }

    /// <summary>Whether two single characters (or the pairs <c>rn</c>/<c>m</c>, <c>vv</c>/<c>w</c>) look alike.</summary>
    public static bool LookAlike(string a, string b)
    {
        if (a == b)
        {
            return false;
        }

        foreach (var (from, to) in LookAlikes)
        {
            if ((a == from && b == to) || (a == to && b == from))
            {
                return true;
            }
        }

        // l, 1 and i all fold to l.
        return a.Length == 1 && b.Length == 1 && "l1i".Contains(a[0], StringComparison.Ordinal) && "l1i".Contains(b[0], StringComparison.Ordinal);
    }
}
