using TrustCheck.Packaging;
using TrustCheck.TestKit;
using TrustCheck.Typosquatting;
using Xunit.Abstractions;

namespace TrustCheck.Tests.Typosquatting;

/// <summary>
/// Detection quality on the real shared data, printed: recall (with the right target) on real typosquat pairs from
/// malware datasets, and false flags among the 5,000 most popular names checked against the whole corpus.
/// </summary>
public sealed class TyposquatQualityTests(ITestOutputHelper output)
{
    private const double RequiredRecall = 0.90;
    private const double AllowedFalseFlagRate = 0.01;

    [Fact]
    public void Check_RealTyposquatPairs_FindTheRightTargetAtLeast90Percent()
    {
        var pairs = ReadPairs();
        var misses = new List<string>();
        foreach (var (typo, target, classification) in pairs)
        {
            var match = TyposquatCorpus.Detector.Check(PackageName.Parse(typo));
            if (match?.Target != PackageName.Parse(target).Normalized)
            {
                misses.Add($"{typo} -> {target} ({classification}): {(match is null ? "not flagged" : $"flagged as {match.Technique.ToName()} of {match.Target}")}{(TyposquatCorpus.Detector.Index.Names.Any(n => n.Name == PackageName.Parse(target).Normalized) ? string.Empty : " [target not in the corpus]")}");
            }
        }

        var recall = (double)(pairs.Count - misses.Count) / pairs.Count;
        output.WriteLine($"typosquat recall with the right target: {pairs.Count - misses.Count}/{pairs.Count} = {recall:P1}");
        misses.ForEach(m => output.WriteLine("  miss: " + m));
        Assert.True(recall >= RequiredRecall, $"recall {recall:P1} is below {RequiredRecall:P0}: {string.Join("; ", misses)}");
    }

    [Fact]
    public void Check_FiveThousandMostPopularNames_FlagAtMostOnePercent()
    {
        var popular = TyposquatCorpus.Popular.Packages.Take(5000).ToList();
        var flagged = popular
            .Select(p => (p, Match: TyposquatCorpus.Detector.Check(p.Name)))
            .Where(x => x.Match is not null)
            .ToList();

        var rate = (double)flagged.Count / popular.Count;
        output.WriteLine($"false flags among the 5,000 most popular names: {flagged.Count}/{popular.Count} = {rate:P2}");
        foreach (var (package, match) in flagged)
        {
            output.WriteLine($"  flagged: {package.Name.Normalized} ({package.Downloads:N0} downloads) as {match!.Technique.ToName()} of {match.Target} ({match.TargetDownloads:N0})");
        }

        Assert.True(rate <= AllowedFalseFlagRate, $"{rate:P2} of popular names flagged");
    }

    [Theory]
    [InlineData("reqeusts", "requests", "transposition")]
    [InlineData("urlib3", "urllib3", "omission")]
    [InlineData("tensorlfow", "tensorflow", "transposition")]
    [InlineData("nmap-python", "python-nmap", "word-reorder")]
    [InlineData("Requests_OAuthlib", null, null)]
    [InlineData("requests-oauthlib", null, null)]
    [InlineData("requests", null, null)]
    public void Check_IssueExamples_AreFlaggedWithTheRightTargetAndTechnique(string name, string? target, string? technique)
    {
        var match = TyposquatCorpus.Detector.Check(PackageName.Parse(name));

        Assert.Equal(target, match?.Target);
        Assert.Equal(technique, match?.Technique.ToName());
    }

    private static List<(string Typo, string Target, string Classification)> ReadPairs()
    {
        var lines = File.ReadAllLines(SharedData.PathOf("data/typosquats/typosquats.csv"));
        var header = lines[0].Split(',');
        int typo = Array.IndexOf(header, "typo"), target = Array.IndexOf(header, "target"), classification = Array.IndexOf(header, "classification");
        return [.. lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).Select(c => (c[typo], c[target], c[classification]))];
    }
}
