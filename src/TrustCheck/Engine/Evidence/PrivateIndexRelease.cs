using TrustCheck.Evidence.PyPi;
using TrustCheck.Evidence.Simple;
using TrustCheck.Packaging;

namespace TrustCheck.Engine.Evidence;

/// <summary>
/// A release known only to a private index, which rarely has a JSON API: built from what its Simple page offers
/// (file names, URLs, hashes, sizes, upload times, yanks, <c>Requires-Python</c>), for the requested version or the
/// highest one pip would pick (final releases first, yanked files excluded).
/// </summary>
internal static class PrivateIndexRelease
{
    /// <summary>The release, or null when the page has no file of the requested version (or none at all).</summary>
    public static (PyPiRelease Release, PyPiProject Project)? From(string? version, SimpleProjectPage page)
    {
        var files = page.Files
            .Select(f => (File: f, Name: DistributionFilename.TryParse(f.Filename, out var parsed) ? parsed : null))
            .Where(f => f.Name is not null)
            .ToList();
        PythonVersion? chosen;
        if (version is not null)
        {
            chosen = PythonVersion.TryParse(version, out var requested) ? requested : null;
        }
        else
        {
            var offered = files.Where(f => !f.File.Yanked).Select(f => f.Name!.Version).ToList();
            var final = offered.Where(v => !v.IsPrerelease).ToList();
            chosen = (final.Count > 0 ? final : offered).DefaultIfEmpty().Max();
        }

        var releaseFiles = files.Where(f => chosen is not null && f.Name!.Version == chosen).Select(f => ToPyPiFile(f.File, f.Name!)).ToList();
        if (chosen is null || releaseFiles.Count == 0)
        {
            return null;
        }

        var info = new PyPiReleaseInfo
        {
            Name = page.Name,
            Version = chosen.ToString(),
            RequiresPython = releaseFiles.Select(f => f.RequiresPython).FirstOrDefault(r => r is not null),
            Yanked = releaseFiles.All(f => f.Yanked),
        };
        var releases = files.GroupBy(f => f.Name!.Version.ToString()).ToDictionary(g => g.Key, g => (IReadOnlyList<PyPiFile>)g.Select(f => ToPyPiFile(f.File, f.Name!)).ToList(), StringComparer.Ordinal);
        return (new PyPiRelease { Info = info, Files = releaseFiles }, new PyPiProject { Info = info, Files = releaseFiles, Releases = releases });
    }

    private static PyPiFile ToPyPiFile(SimpleFile file, DistributionFilename name) => new()
    {
        Filename = file.Filename,
        PackageType = name.Kind == DistributionKind.Wheel ? "bdist_wheel" : "sdist",
        Digests = new PyPiFileDigests(file.Sha256),
        Size = file.Size,
        UploadTime = file.UploadTime,
        Url = file.Url.AbsoluteUri,
        RequiresPython = file.RequiresPython,
        Yanked = file.Yanked,
        YankedReason = file.YankedReason,
    };
}
