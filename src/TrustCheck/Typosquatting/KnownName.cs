namespace TrustCheck.Typosquatting;

/// <summary>A name typosquats are checked against, with its forms precomputed.</summary>
internal sealed record KnownName(string Name, long Downloads, int? Rank, string Source)
{
    public string Squashed { get; } = NameForms.Squash(Name);

    public string Skeleton { get; } = NameForms.Skeleton(Name);

    public string WordKey { get; } = NameForms.WordKey(Name);

    public (string Core, string Affixes) Affixes { get; } = NameForms.SplitAffixes(Name);
}
