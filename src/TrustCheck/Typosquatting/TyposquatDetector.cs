using TrustCheck.Packaging;

namespace TrustCheck.Typosquatting;

/// <summary>
/// Decides whether a project name imitates a known one, and which: candidates come from the index by every
/// technique (separator, look-alike, word order, affixes, added words, up to two edits), and the best is the one
/// with the least edit cost for the most popular target. A name that is itself popular is a typosquat only of a far
/// more popular, very close name (see <see cref="PopularNameRatio"/>); a user-trusted or built-in name never is.
/// </summary>
/// <param name="index">The names to compare against.</param>
public sealed class TyposquatDetector(PopularNameIndex index)
{
    /// <summary>How many times more downloads a target needs before a popular name counts as its typosquat.</summary>
    public const double PopularNameRatio = 100;

    /// <summary>A popular name is a one-edit typosquat only from this many characters (without separators).</summary>
    public const int PopularNameMinimumLength = 6;

    /// <summary>A name made of a popular name plus other words imitates it only when the name ranks this high.</summary>
    public const int AddedWordsMaximumRank = 100;

    // One edit weighs as much as a factor of 100 in downloads.
    private const double PopularityWeight = 0.5;
    private const double AffixCost = 1.5;
    private const double AddedWordsCost = 2;

    /// <summary>The index checked against.</summary>
    public PopularNameIndex Index { get; } = index ?? throw new ArgumentNullException(nameof(index));

    /// <summary>When the popular list was made, as the list says.</summary>
    public string? LastUpdate => Index.LastUpdate;

    /// <summary>Checks a name.</summary>
    /// <param name="name">The project name.</param>
    /// <returns>The best match, or null when the name imitates nothing known.</returns>
    public TyposquatMatch? Check(PackageName name)
    {
        var query = name.Normalized;
        var self = Index.Find(query);
        if (self is { Source: not PopularNameIndex.Popular })
        {
            return null;
        }

        Candidate? best = null;
        foreach (var candidate in Candidates(query))
        {
            if (candidate.Target.Name == query || (self is not null && !PopularMayImitate(self, candidate, query)))
            {
                continue;
            }

            if (best is null || candidate.Score < best.Score || (candidate.Score == best.Score && Better(candidate, best)))
            {
                best = candidate;
            }
        }

        return best is null ? null : new TyposquatMatch
        {
            Name = query,
            Target = best.Target.Name,
            Technique = best.Technique,
            Edits = best.Edits,
            Distance = best.Distance,
            TargetDownloads = best.Target.Source == PopularNameIndex.Popular ? best.Target.Downloads : 0,
            TargetRank = best.Target.Rank,
            NameDownloads = self?.Downloads,
            TargetSource = best.Target.Source,
        };
    }

    private static bool Better(Candidate a, Candidate b) =>
        a.Target.Downloads > b.Target.Downloads || (a.Target.Downloads == b.Target.Downloads && string.CompareOrdinal(a.Target.Name, b.Target.Name) < 0);

    private static bool PopularMayImitate(KnownName self, Candidate candidate, string query) =>
        candidate.Target.Downloads >= PopularNameRatio * Math.Max(self.Downloads, 1)
        && (candidate.Technique is TyposquatTechnique.Separator or TyposquatTechnique.Homoglyph or TyposquatTechnique.WordReorder
            || (candidate.Distance == 1 && candidate.Technique is not (TyposquatTechnique.Affix or TyposquatTechnique.AddedWords)
                && NameForms.Squash(query).Length >= PopularNameMinimumLength));

    private IEnumerable<Candidate> Candidates(string query)
    {
        var squashed = NameForms.Squash(query);
        foreach (var target in Index.WithSquashed(squashed))
        {
            yield return Candidate.Exact(target, TyposquatTechnique.Separator);
        }

        foreach (var target in Index.WithSkeleton(NameForms.Skeleton(query)).Where(t => t.Squashed != squashed))
        {
            yield return Candidate.Exact(target, TyposquatTechnique.Homoglyph);
        }

        foreach (var target in Index.WithWords(NameForms.WordKey(query)).Where(t => t.Squashed != squashed))
        {
            yield return Candidate.Exact(target, TyposquatTechnique.WordReorder);
        }

        var (core, affixes) = NameForms.SplitAffixes(query);
        foreach (var target in Index.WithCore(core).Where(t => t.Squashed != squashed))
        {
            yield return target.Affixes.Affixes == affixes
                ? Candidate.Exact(target, TyposquatTechnique.WordReorder)
                : new Candidate(target, TyposquatTechnique.Affix, [TyposquatTechnique.Affix], 0, AffixCost);
        }

        foreach (var target in AddedWordTargets(query))
        {
            yield return new Candidate(target, TyposquatTechnique.AddedWords, [TyposquatTechnique.AddedWords], 0, AddedWordsCost);
        }

        foreach (var id in Index.NearSquashed(squashed))
        {
            var target = Index.Names[id];
            var budget = EditBudget.For(target.Squashed.Length);
            var distance = budget == 0 ? int.MaxValue : DamerauLevenshtein.Distance(squashed, target.Squashed, budget);
            if (distance >= 1 && distance <= budget)
            {
                var edits = EditScript.Between(squashed, target.Squashed);
                yield return new Candidate(target, edits.Count == 1 ? edits[0] : TyposquatTechnique.Combination, edits, distance, distance);
            }
        }
    }

    private IEnumerable<KnownName> AddedWordTargets(string query)
    {
        var words = query.Split('-');
        if (words.Length < 2 || Index.Find(query) is not null)
        {
            return [];
        }

        var head = words[0];
        var direct = Index.Find(head) is { } exact ? [exact] : Array.Empty<KnownName>();
        return direct.Concat(Index.WithCore(NameForms.Squash(head)))
            .Where(t => t.Rank is <= AddedWordsMaximumRank)
            .Distinct();
    }

    private sealed record Candidate(KnownName Target, TyposquatTechnique Technique, IReadOnlyList<TyposquatTechnique> Edits, int Distance, double Cost)
    {
        public double Score { get; } = Cost - (PopularityWeight * Math.Log10(Math.Max(Target.Downloads, 1)));

        public static Candidate Exact(KnownName target, TyposquatTechnique technique) => new(target, technique, [technique], 0, 0);
    }
}
