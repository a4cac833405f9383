using TrustCheck.Artifacts.Metadata;
using TrustCheck.Evidence.PyPi;
using TrustCheck.Inspection;
using TrustCheck.Packaging;
using TrustCheck.Sources;

namespace TrustCheck.Dependencies.Backtracking;

/// <summary>
/// The index as pip sees it, from the engine's sources: every release's files, those the target can install (its
/// Requires-Python, a compatible wheel or an sdist), the one an installer would take (not yanked, the best wheel tag,
/// then the sdist), and that file's own metadata — its PEP 658 metadata file when the index serves one, the JSON
/// API's release metadata otherwise (which is the first upload's, not necessarily this file's).
/// </summary>
internal sealed class SourcesResolverIndex(IPackageMetadataSource metadata, ICoreMetadataSource? coreMetadata, TargetEnvironment target) : IResolverIndex
{
    private readonly PythonVersion _python = PythonVersion.Parse(target.ToMarkerEnvironment().Values["python_full_version"]);
    private readonly IReadOnlyList<WheelTag> _tags = TargetTags.For(target);
    private readonly Dictionary<IndexRelease, PyPiFile> _files = [];
    private readonly Dictionary<PackageName, PyPiProject> _projects = [];

    public async Task<IReadOnlyList<IndexRelease>?> GetReleasesAsync(PackageName name, CancellationToken cancellationToken)
    {
        var project = await metadata.GetProjectAsync(name, cancellationToken).ConfigureAwait(false);
        if (project is null)
        {
            return null;
        }

        lock (_files)
        {
            _projects[name] = project;
        }

        var releases = new List<IndexRelease>();
        foreach (var (text, files) in project.Releases)
        {
            if (files.Count == 0 || !PythonVersion.TryParse(text, out var version))
            {
                continue;
            }

            var usable = files.Select(f => (File: f, Rank: Rank(f))).Where(f => f.Rank is not null && RequiresPython.Admits(f.File.RequiresPython, _python)).ToList();
            if (usable.Count == 0)
            {
                releases.Add(new IndexRelease(name, text, version, files.All(f => f.Yanked), string.Empty, "no file of this release installs on the target (Requires-Python or wheel tags)"));
                continue;
            }

            var best = usable.OrderBy(f => f.File.Yanked).ThenBy(f => f.Rank).ThenBy(f => f.File.Filename, StringComparer.Ordinal).First().File;
            var release = new IndexRelease(name, text, version, usable.TrueForAll(f => f.File.Yanked), best.Filename);
            lock (_files)
            {
                _files[release] = best;
            }

            releases.Add(release);
        }

        return releases;
    }

    public async Task<ReleaseMetadata> GetMetadataAsync(IndexRelease release, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(release);
        PyPiFile? file;
        PyPiProject? project;
        lock (_files)
        {
            _files.TryGetValue(release, out file);
            _projects.TryGetValue(release.Name, out project);
        }

        if (coreMetadata is not null && file is { CoreMetadataSha256: { } digest } && Uri.TryCreate(file.Url, UriKind.Absolute, out var url)
            && await coreMetadata.GetAsync(url, digest, cancellationToken).ConfigureAwait(false) is { } bytes)
        {
            var parsed = CoreMetadata.Parse(bytes.Span);
            return new ReleaseMetadata(parsed.RequiresDist, parsed.RequiresPython, parsed.ProvidesExtra, "core-metadata");
        }

        // The project document already describes its latest release: the same metadata the release document would give.
        var document = project is not null && string.Equals(project.Info.Version, release.VersionText, StringComparison.Ordinal)
            ? project
            : await metadata.GetReleaseAsync(release.Name, release.VersionText, cancellationToken).ConfigureAwait(false)
            ?? throw new EvidenceSourceException(EvidenceErrorKind.HttpStatus, string.Empty, $"The index lists {release.Name} {release.VersionText} but has no release document for it.", statusCode: 404);
        return new ReleaseMetadata(document.Info.RequiresDist, document.Info.RequiresPython, document.Info.ProvidesExtra.Count == 0 ? null : document.Info.ProvidesExtra, "json-api");
    }

    /// <summary>The file's preference for the target (lower is better: the wheel's best tag, an sdist last), or null when it cannot be installed.</summary>
    private int? Rank(PyPiFile file)
    {
        if (!DistributionFilename.TryParse(file.Filename, out var parsed))
        {
            return null;
        }

        if (parsed.Kind == DistributionKind.SourceDistribution)
        {
            return _tags.Count;
        }

        var best = int.MaxValue;
        for (var i = 0; i < _tags.Count && i < best; i++)
        {
            if (parsed.Tags.Contains(_tags[i]))
            {
                best = i;
            }
        }

        return best == int.MaxValue ? null : best;
    }
}
