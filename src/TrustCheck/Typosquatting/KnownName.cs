namespace TrustCheck.Typosquatting;

/// <summary>
/// A name typosquats are checked against. Its forms are worked out on first use: a single inspection reads a few of
/// the 15,000 names' forms, and computing all of them up front was most of its start-up.
/// </summary>
internal sealed class KnownName(string name, long downloads, int? rank, string source)
{
    private string? _squashed;
    private string? _skeleton;
    private string? _wordKey;
    private AffixSplit? _affixes;

    public string Name { get; } = name;

    public long Downloads { get; } = downloads;

    public int? Rank { get; } = rank;

    public string Source { get; } = source;

    public string Squashed => _squashed ??= NameForms.Squash(Name);

    public string Skeleton => _skeleton ??= NameForms.Skeleton(Name);

    public string WordKey => _wordKey ??= NameForms.WordKey(Name);

    public (string Core, string Affixes) Affixes
    {
        get
        {
            // One object, so a thread never sees a core from one computation and affixes from another.
            var split = _affixes ??= new AffixSplit(NameForms.SplitAffixes(Name));
            return split.Value;
        }
    }

    /// <summary>The form a technique compares.</summary>
    public string Form(NameForm form) => form switch
    {
        NameForm.Squashed => Squashed,
        NameForm.Skeleton => Skeleton,
        NameForm.Words => WordKey,
        NameForm.Core => Affixes.Core,
        _ => throw new ArgumentOutOfRangeException(nameof(form), form, "Not a name form."),
    };

    private sealed record AffixSplit((string Core, string Affixes) Value);
}
