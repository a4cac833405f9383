using TrustCheck.Packaging;
using TrustCheck.Reports.NameCheck;

namespace TrustCheck.Typosquatting;

/// <summary>The SDK's name check: the shared detector (<see cref="TyposquatDetectorCache"/>) applied to each name.</summary>
internal sealed class NameChecker(TyposquatDetectorCache detectors) : INameChecker
{
    public async Task<NameCheckReport> CheckAsync(IReadOnlyList<string> names, IReadOnlyList<string> trustedNames, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(trustedNames);
        var parsed = names.Select(n => PackageName.TryParse(n, out var name) ? name : throw new ArgumentException($"'{n}' is not a valid project name.", nameof(names))).ToList();
        var detector = await detectors.GetAsync(trustedNames, cancellationToken).ConfigureAwait(false);
        var results = names.Zip(parsed, (given, name) => Result(given, name, detector.Check(name))).ToList();
        return new NameCheckReport { Results = results, Corpus = new NameCorpusReport(detector.Index.Count, detector.LastUpdate) };
    }

    private static NameCheckResult Result(string given, PackageName name, TyposquatMatch? match) => match is null
        ? new NameCheckResult { Name = given, Normalized = name.Normalized, Flagged = false }
        : new NameCheckResult
        {
            Name = given,
            Normalized = name.Normalized,
            Flagged = true,
            Target = match.Target,
            Technique = match.Technique.ToName(),
            Edits = string.Join('+', match.Edits.Select(e => e.ToName())),
            Distance = match.Distance,
            TargetSource = match.TargetSource,
            TargetRank = match.TargetRank,
            TargetDownloads = match.TargetSource == PopularNameIndex.Popular ? match.TargetDownloads : null,
            NameDownloads = match.NameDownloads,
        };
}
