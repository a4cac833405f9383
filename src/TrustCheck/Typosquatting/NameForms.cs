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

    /// <summary>The name without separators: PEP 503 keeps <c>-</c>, a squatter drops or adds it.</summary>
    public static string Squash(string normalized) => normalized.Contains('-', StringComparison.Ordinal) ? normalized.Replace("-", string.Empty, StringComparison.Ordinal) : normalized;

    /// <summary>The squashed name with look-alike characters folded to one representative.</summary>
    public static string Skeleton(string normalized)
    {
        var text = Squash(normalized);
        if (text.AsSpan().IndexOfAny(LookAlikeStarts) < 0)
        {
            return text;
        }

        foreach (var (from, to) in LookAlikes)
        {
            text = text.Replace(from, to, StringComparison.Ordinal);
        }

        return text;
    }

    private static readonly System.Buffers.SearchValues<char> LookAlikeStarts = System.Buffers.SearchValues.Create("rv10i");

    /// <summary>The name's words in sorted order (<c>nmap-python</c> and <c>python-nmap</c> agree).</summary>
    public static string WordKey(string normalized)
    {
        if (!normalized.Contains('-', StringComparison.Ordinal))
        {
            return normalized;
        }

        var words = normalized.Split('-');
        Array.Sort(words, StringComparer.Ordinal);
        return string.Join('-', words);
    }

    /// <summary>
    /// The name's core (squashed, common affixes removed from either end, glued or separated) and the affixes removed,
    /// as a sorted key; a name without affixes is its own core with an empty key.
    /// </summary>
    public static (string Core, string Affixes) SplitAffixes(string normalized)
    {
        var text = normalized;
        List<string>? removed = null;
        bool changed;
        do
        {
            changed = TryStrip(ref text, ref removed);
        }
        while (changed);

        if (removed is null)
        {
            return (Squash(text), string.Empty);
        }

        removed.Sort(StringComparer.Ordinal);
        return (Squash(text), string.Join('+', removed));
    }

    private static bool TryStrip(ref string text, ref List<string>? removed)
    {
        foreach (var affix in SeparatedAffixes)
        {
            if (text.Length - affix.Length - 1 >= ShortestCore && text[affix.Length] == '-' && text.StartsWith(affix, StringComparison.Ordinal))
            {
                text = text[(affix.Length + 1)..];
                (removed ??= []).Add(affix);
                return true;
            }

            if (text.Length - affix.Length - 1 >= ShortestCore && text[^(affix.Length + 1)] == '-' && text.EndsWith(affix, StringComparison.Ordinal))
            {
                text = text[..^(affix.Length + 1)];
                (removed ??= []).Add(affix);
                return true;
            }
        }

        foreach (var prefix in GluedPrefixes)
        {
            if (text.Length - prefix.Length > ShortestCore && text.StartsWith(prefix, StringComparison.Ordinal) && text[prefix.Length] != '-')
            {
                text = text[prefix.Length..];
                (removed ??= []).Add(prefix);
                return true;
            }
        }

        foreach (var suffix in GluedSuffixes)
        {
            if (text.Length - suffix.Length > ShortestCore && text.EndsWith(suffix, StringComparison.Ordinal) && text[^(suffix.Length + 1)] != '-')
            {
                text = text[..^suffix.Length];
                (removed ??= []).Add(suffix);
                return true;
            }
        }

        return false;
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
