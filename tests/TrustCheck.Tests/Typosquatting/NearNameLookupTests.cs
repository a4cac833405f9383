using TrustCheck.TestKit;
using TrustCheck.Typosquatting;

namespace TrustCheck.Tests.Typosquatting;

/// <summary>
/// The two ways of finding look-alike candidates — a scan for the first queries of a run, the deletion index after —
/// give the same candidates on the real corpus, for the real typosquat names and for popular names themselves.
/// </summary>
public sealed class NearNameLookupTests
{
    [Fact]
    public void ScanAndDeletionIndex_OnRealTyposquatsAndPopularNames_FindTheSameLookAlikes()
    {
        var index = TyposquatCorpus.Detector.Index;
        var queries = File.ReadLines(SharedData.PathOf("data/typosquats/typosquats.csv"))
            .Skip(1)
            .SelectMany(line => line.Split(',').Take(2))
            .Concat(index.Names.Take(2000).Select(name => name.Name))
            .Select(name => NameForms.Squash(name.Trim().ToLowerInvariant()))
            .Where(squashed => squashed.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToArray();

        var found = 0;
        foreach (var query in queries)
        {
            var scanned = index.ScanNear(query);
            var indexed = index.IndexNear(query).Where(id => WithinBudget(query, index.Names[id].Squashed)).ToList();
            Assert.True(scanned.SequenceEqual(indexed), $"'{query}': scan [{string.Join(',', scanned)}], index [{string.Join(',', indexed)}]");
            found += scanned.Count;
        }

        Assert.True(queries.Length > 1000, $"only {queries.Length} queries");
        Assert.True(found > 100, $"only {found} look-alikes found: the comparison would prove little");
    }

    private static bool WithinBudget(string query, string target)
    {
        var budget = EditBudget.For(target.Length);
        return budget > 0 && DamerauLevenshtein.Distance(query, target, budget) <= budget;
    }
}
