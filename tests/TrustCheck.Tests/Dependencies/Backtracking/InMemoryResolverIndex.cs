using TrustCheck.Dependencies.Backtracking;
using TrustCheck.Packaging;

namespace TrustCheck.Tests.Dependencies.Backtracking;

/// <summary>An index written in a test: releases with their Requires-Dist, Requires-Python, extras and yank flag.</summary>
internal sealed class InMemoryResolverIndex : IResolverIndex
{
    private readonly Dictionary<PackageName, List<(IndexRelease Release, ReleaseMetadata Metadata)>> _projects = [];

    public List<string> MetadataRequests { get; } = [];

    public InMemoryResolverIndex Add(string name, string version, params string[] requires) => Add(name, version, requires, null);

    public InMemoryResolverIndex Add(string name, string version, string[] requires, string? requiresPython, bool yanked = false, string[]? extras = null)
    {
        var project = PackageName.Parse(name);
        if (!_projects.TryGetValue(project, out var releases))
        {
            releases = [];
            _projects[project] = releases;
        }

        releases.Add((new IndexRelease(project, version, PythonVersion.Parse(version), yanked, $"{project.Normalized.Replace('-', '_')}-{version}-py3-none-any.whl"),
            new ReleaseMetadata(requires, requiresPython, extras ?? [], "test")));
        return this;
    }

    public Task<IReadOnlyList<IndexRelease>?> GetReleasesAsync(PackageName name, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<IndexRelease>?>(_projects.TryGetValue(name, out var releases) ? [.. releases.Select(r => r.Release)] : null);

    public Task<ReleaseMetadata> GetMetadataAsync(IndexRelease release, CancellationToken cancellationToken)
    {
        lock (MetadataRequests)
        {
            MetadataRequests.Add($"{release.Name}=={release.VersionText}");
        }

        return Task.FromResult(_projects[release.Name].Single(r => r.Release == release).Metadata);
    }
}
