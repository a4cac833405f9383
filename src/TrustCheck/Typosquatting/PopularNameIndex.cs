using TrustCheck.Packaging;
using TrustCheck.Sources;
using TrustCheck.Sources.Popular;

namespace TrustCheck.Typosquatting;

/// <summary>
/// The names typosquats imitate — the popular-projects corpus, the user's trusted names and a short built-in list
/// of impersonated names (<see cref="ImpersonatedNames"/>). A run's first lookups scan the names (a single
/// <c>inspect</c> makes a handful); after that every form a technique leaves unchanged and the symmetric deletions
/// are indexed, so a check costs a few dozen lookups. Both ways give the same answers. Immutable in what it answers,
/// and thread-safe.
/// </summary>
public sealed class PopularNameIndex
{
    /// <summary>The source of a corpus name.</summary>
    internal const string Popular = "popular";

    /// <summary>The source of a user-trusted name.</summary>
    internal const string Trusted = "trusted";

    /// <summary>The source of a built-in impersonated name.</summary>
    internal const string Impersonated = "impersonated";

    private readonly Dictionary<string, int> _byName;
    private readonly Lazy<NameFormIndex>[] _byForm;
    private readonly Lazy<DeletionIndex> _deletions;
    private int _nearQueries;
    private int _formQueries;

    private PopularNameIndex(KnownNameList names, Dictionary<string, int> byName, string? lastUpdate)
    {
        Names = names;
        LastUpdate = lastUpdate;
        _byName = byName;
        _byForm = [.. Enum.GetValues<NameForm>().Select(form => new Lazy<NameFormIndex>(() => new NameFormIndex(names, n => n.Form(form))))];
        _deletions = new(() => DeletionIndex.Build([.. names.Select(n => n.Squashed)], [.. names.Select(n => EditBudget.For(n.Squashed.Length))]));
    }

    /// <summary>When the popular list was made, as the list says.</summary>
    public string? LastUpdate { get; }

    /// <summary>How many names are indexed.</summary>
    public int Count => Names.Count;

    internal KnownNameList Names { get; }

    /// <summary>Builds the index.</summary>
    /// <param name="corpus">The popular projects, most downloaded first.</param>
    /// <param name="trustedNames">Names the user trusts (their own projects, an internal allow-list).</param>
    /// <returns>The index.</returns>
    public static PopularNameIndex Build(PopularPackages corpus, IEnumerable<string>? trustedNames = null)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var count = corpus.Packages.Count;
        var rows = new List<KnownNameList.Row>(count + 32);
        var byName = new Dictionary<string, int>(count + 32, StringComparer.Ordinal);
        long strongest = count > 0 ? long.MinValue : 1;
        var table = corpus.Packages as PopularPackageTable; // read in place, without a PopularPackage per row
        for (var at = 0; at < count; at++)
        {
            var (name, downloads) = table is not null ? (table.NameAt(at), table.DownloadsAt(at)) : (corpus.Packages[at].Name, corpus.Packages[at].Downloads);
            strongest = Math.Max(strongest, downloads);
            if (byName.TryAdd(name.Normalized, rows.Count))
            {
                rows.Add(new(name.Normalized, downloads, at + 1, Popular));
            }
        }

        // A trusted name outranks any popular one: it is the user's own statement of what is real.
        foreach (var trusted in trustedNames ?? [])
        {
            if (!PackageName.TryParse(trusted, out var name))
            {
                throw new ArgumentException($"The trusted name '{trusted}' is not a project name.", nameof(trustedNames));
            }

            if (byName.TryGetValue(name.Normalized, out var at))
            {
                rows[at] = rows[at] with { Source = Trusted, Downloads = strongest };
            }
            else
            {
                byName.Add(name.Normalized, rows.Count);
                rows.Add(new(name.Normalized, strongest, null, Trusted));
            }
        }

        foreach (var impersonated in ImpersonatedNames.All)
        {
            if (byName.TryAdd(impersonated, rows.Count))
            {
                rows.Add(new(impersonated, ImpersonatedDownloads, null, Impersonated));
            }
        }

        return new PopularNameIndex(new KnownNameList([.. rows]), byName, corpus.LastUpdate);
    }

    /// <summary>The weight a built-in impersonated name carries when candidates are ranked (a mid-table project's).</summary>
    internal const long ImpersonatedDownloads = 1_000_000;

    internal KnownName? Find(string normalized) => _byName.TryGetValue(normalized, out var id) ? Names[id] : null;

    internal IEnumerable<KnownName> WithSquashed(string squashed) => With(NameForm.Squashed, squashed);

    internal IEnumerable<KnownName> WithSkeleton(string skeleton) => With(NameForm.Skeleton, skeleton);

    internal IEnumerable<KnownName> WithWords(string wordKey) => With(NameForm.Words, wordKey);

    internal IEnumerable<KnownName> WithCore(string core) => With(NameForm.Core, core);

    /// <summary>
    /// How many lookups by form are answered by a scan of the names before the four form indexes are built. A scan
    /// works each name's form out in place (about a millisecond for the top-pypi list); building the indexes costs
    /// about as much as a few dozen scans and allocates every form, which a single `inspect` (four lookups per name
    /// checked) never makes back.
    /// </summary>
    internal const int ScannedFormQueries = 48;

    /// <summary>The names with this form, in ascending id order, by scan or index (see <see cref="ScannedFormQueries"/>).</summary>
    internal IEnumerable<KnownName> With(NameForm form, string value)
    {
        var index = _byForm[(int)form];
        var ids = !index.IsValueCreated && Interlocked.Increment(ref _formQueries) <= ScannedFormQueries
            ? ScanForm(form, value)
            : index.Value.IdsWith(value);
        return ids.Select(id => Names[id]);
    }

    /// <summary><see cref="With"/> through the form's index (built on first use).</summary>
    internal IEnumerable<int> IndexForm(NameForm form, string value) => _byForm[(int)form].Value.IdsWith(value);

    /// <summary><see cref="With"/> by a scan that works each name's form out without allocating.</summary>
    internal List<int> ScanForm(NameForm form, string value)
    {
        var found = new List<int>(4);
        for (var id = 0; id < Names.Count; id++)
        {
            if (NameForms.HasForm(Names.NameAt(id), form, value))
            {
                found.Add(id);
            }
        }

        return found;
    }

    /// <summary>
    /// How many look-alike queries are answered by a scan of the names before the deletion index is built. Building it
    /// costs about as much as a few dozen scans (tens of milliseconds for the top-pypi list), which a single `inspect`
    /// never makes back, while `name-check` of a thousand names or a large scan does.
    /// </summary>
    internal const int ScannedQueries = 32;

    /// <summary>
    /// The ids of the names within their edit budget of <paramref name="squashed"/> (and possibly a few more, which
    /// the exact distance rejects), in ascending order.
    /// </summary>
    internal List<int> NearSquashed(string squashed)
    {
        return !_deletions.IsValueCreated && Interlocked.Increment(ref _nearQueries) <= ScannedQueries
            ? ScanNear(squashed)
            : IndexNear(squashed);
    }

    /// <summary><see cref="NearSquashed"/> through the deletion index (built on first use).</summary>
    internal List<int> IndexNear(string squashed)
    {
        var found = new List<int>(32);
        _deletions.Value.Find(squashed, found);
        found.Sort();
        var unique = 0;
        for (var i = 0; i < found.Count; i++)
        {
            if (i == 0 || found[i] != found[i - 1])
            {
                found[unique++] = found[i];
            }
        }

        found.RemoveRange(unique, found.Count - unique);
        return found;
    }

    // The same answer as the index, by the exact test the caller applies: a name with an edit budget, at most that
    // many edits away. Each name's squashed form is written into one buffer, not kept: a single inspect scans all
    // 15,000 names once or twice, and keeping their forms was the scan's largest cost (fresh memory).
    internal List<int> ScanNear(string squashed)
    {
        var found = new List<int>(8);
        Span<char> buffer = stackalloc char[256];
        for (var id = 0; id < Names.Count; id++)
        {
            var name = Names.NameAt(id);
            var target = name.Length <= buffer.Length ? buffer[..NameForms.Write(NameForm.Squashed, name, buffer)] : Names[id].Squashed.AsSpan();
            var budget = EditBudget.For(target.Length);
            if (budget > 0 && Math.Abs(target.Length - squashed.Length) <= budget
                && DamerauLevenshtein.Distance(squashed, target, budget) <= budget)
            {
                found.Add(id);
            }
        }

        return found;
    }
}
