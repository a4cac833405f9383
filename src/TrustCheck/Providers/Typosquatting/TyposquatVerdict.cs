using System.Globalization;
using TrustCheck.Evidence.Release;
using TrustCheck.Findings;
using TrustCheck.Typosquatting;

namespace TrustCheck.Providers.Typosquatting;

/// <summary>
/// Evidence beats similarity: a close name is judged by what its release shows. Verified provenance from the
/// imitated project's own repository, or years of history with many releases, make it at most <c>info</c>; a new
/// name with few releases, no verified provenance and a far more popular target is <c>high</c>; anything between is
/// <c>medium</c>. The decision and the facts behind it go into the finding's evidence.
/// </summary>
internal static class TyposquatVerdict
{
    /// <summary>History that makes a close name established.</summary>
    public static readonly TimeSpan EstablishedAge = TimeSpan.FromDays(2 * 365);

    /// <summary>Releases that make a close name established (with <see cref="EstablishedAge"/>).</summary>
    public const int EstablishedReleases = 10;

    /// <summary>A name this new (first upload) is new.</summary>
    public static readonly TimeSpan NewAge = TimeSpan.FromDays(90);

    /// <summary>A new name with at most this many releases has few.</summary>
    public const int FewReleases = 3;

    /// <summary>A target with this many times the name's downloads is far more popular.</summary>
    public const double FarMorePopular = 100;

    public static (Severity Severity, string Decision) Decide(TyposquatMatch match, ReleaseEvidence evidence, DateTimeOffset now, bool provenFromTargetRepository)
    {
        var (first, releases) = History(evidence);
        var verified = evidence.Files.Any(f => f.Provenance.Outcome == ProvenanceOutcome.Verified);
        if (provenFromTargetRepository)
        {
            return (Severity.Info, "its verified provenance comes from the imitated project's own repository");
        }

        if (first is { } since && now - since >= EstablishedAge && releases >= EstablishedReleases)
        {
            return (Severity.Info, string.Create(CultureInfo.InvariantCulture, $"it has {releases} releases since {since:yyyy-MM-dd}: an established project, not a fresh squat"));
        }

        var farMorePopular = match.TargetSource != PopularNameIndex.Popular || match.TargetDownloads >= FarMorePopular * Math.Max(match.NameDownloads ?? 0, 1);
        var isNew = first is null || now - first.Value < NewAge;
        if (isNew && releases <= FewReleases && !verified && farMorePopular)
        {
            return (Severity.High, string.Create(CultureInfo.InvariantCulture, $"it is new ({(first is null ? "no upload time" : $"first upload {first:yyyy-MM-dd}")}), has {releases} release(s), no verified provenance, and imitates a far more popular name"));
        }

        return (Severity.Medium, "its history and provenance neither clear it nor mark it as a fresh squat: review it before installing");
    }

    /// <summary>When the project's first file was uploaded, and how many releases it has (the whole project when known).</summary>
    public static (DateTimeOffset? First, int Releases) History(ReleaseEvidence evidence)
    {
        if (evidence.Project is { Releases.Count: > 0 } project)
        {
            var uploads = project.Releases.Values.SelectMany(files => files).Select(f => f.UploadTime).OfType<DateTimeOffset>().ToList();
            return (uploads.Count == 0 ? null : uploads.Min(), project.Releases.Count(r => r.Value.Count > 0));
        }

        var times = evidence.History.Select(h => h.UploadTime)
            .Concat(evidence.Files.Select(f => f.UploadTime))
            .OfType<DateTimeOffset>()
            .ToList();
        var releases = evidence.History.Select(h => h.Version).Append(evidence.Version).Distinct(StringComparer.Ordinal).Count();
        return (times.Count == 0 ? null : times.Min(), releases);
    }
}
