using System.Collections.Concurrent;
using TrustCheck.Evidence.PyPi;
using TrustCheck.Packaging;
using TrustCheck.Sources;

namespace TrustCheck.Dependencies;

/// <summary>
/// The documents of one resolution, each fetched at most once however many callers ask concurrently: a project
/// document per name, a release document per (name, version). Lives as long as one resolution (one cancellation token).
/// </summary>
internal sealed class MetadataCache(IPackageMetadataSource source, PythonVersion python)
{
    private readonly ConcurrentDictionary<PackageName, Lazy<Task<PyPiProject?>>> _projects = new();
    private readonly ConcurrentDictionary<(PackageName Name, string Version), Lazy<Task<PyPiRelease?>>> _releases = new();
    private readonly ConcurrentDictionary<PackageName, ProjectCandidates> _candidates = new();

    /// <summary>The project document, or null when the index does not know the project.</summary>
    /// <param name="name">The project.</param>
    /// <param name="cancellationToken">Cancels the fetch (the resolution's token).</param>
    /// <exception cref="EvidenceSourceException">The source failed.</exception>
    public Task<PyPiProject?> GetProjectAsync(PackageName name, CancellationToken cancellationToken) =>
        _projects.GetOrAdd(name, n => new Lazy<Task<PyPiProject?>>(() => source.GetProjectAsync(n, cancellationToken))).Value;

    /// <summary>
    /// A release's metadata: the project document's <c>info</c> when it is that release (already fetched, no request),
    /// otherwise the release document; null when the index does not have the release.
    /// </summary>
    /// <param name="name">The project.</param>
    /// <param name="version">The version.</param>
    /// <param name="cancellationToken">Cancels the fetch (the resolution's token).</param>
    /// <exception cref="EvidenceSourceException">The source failed.</exception>
    public async Task<PyPiReleaseInfo?> GetReleaseInfoAsync(PackageName name, string version, CancellationToken cancellationToken)
    {
        if (_projects.TryGetValue(name, out var project) && project.IsValueCreated && project.Value.IsCompletedSuccessfully
            && await project.Value.ConfigureAwait(false) is { } known && SameVersion(known.Info.Version, version))
        {
            return known.Info;
        }

        var release = await _releases.GetOrAdd(
            (name, version),
            key => new Lazy<Task<PyPiRelease?>>(() => source.GetReleaseAsync(key.Name, key.Version, cancellationToken))).Value.ConfigureAwait(false);
        return release?.Info;
    }

    /// <summary>The candidates of a fetched project (built once per name).</summary>
    /// <param name="name">The project.</param>
    /// <param name="project">Its document.</param>
    public ProjectCandidates CandidatesOf(PackageName name, PyPiProject project) =>
        _candidates.GetOrAdd(name, _ => ProjectCandidates.From(project, python));

    /// <summary>The candidates of a project whose document was fetched and found, or null.</summary>
    /// <param name="name">The project.</param>
    public ProjectCandidates? TryGetCandidates(PackageName name) => _candidates.GetValueOrDefault(name);

    private static bool SameVersion(string left, string right) =>
        string.Equals(left, right, StringComparison.Ordinal)
        || (PythonVersion.TryParse(left, out var l) && PythonVersion.TryParse(right, out var r) && l == r);
}
