using TrustCheck.Evidence.Simple;
using TrustCheck.Packaging;

namespace TrustCheck.Providers.DependencyConfusion;

/// <summary>
/// The highest version one index offers for a project, as pip would consider it: from the page's files (wheel and
/// sdist names), yanked files excluded, pre-releases only when nothing else is there.
/// </summary>
internal sealed record IndexVersions(string Index, PythonVersion? Highest, int Files)
{
    public static IndexVersions Of(SimpleProjectPage page)
    {
        var versions = page.Files
            .Where(f => !f.Yanked)
            .Select(f => DistributionFilename.TryParse(f.Filename, out var parsed) ? parsed.Version : null)
            .OfType<PythonVersion>()
            .ToList();
        var final = versions.Where(v => !v.IsPrerelease).ToList();
        var pool = final.Count > 0 ? final : versions;
        return new IndexVersions(page.Index, pool.Count == 0 ? null : pool.Max(), page.Files.Count);
    }
}
