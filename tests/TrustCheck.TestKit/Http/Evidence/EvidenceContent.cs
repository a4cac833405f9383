using System.Collections.Concurrent;
using TrustCheck.Packaging;
using TrustCheck.TestKit.Http.Evidence.Osv;

namespace TrustCheck.TestKit.Http.Evidence;

/// <summary>
/// Everything an <see cref="EvidenceServer"/> serves, keyed by PEP 503 normalized project name: project and release
/// JSON, Simple pages, provenance objects, artifacts and the OSV records. Safe to change while serving.
/// </summary>
internal sealed class EvidenceContent
{
    private readonly ConcurrentDictionary<string, EvidenceDocument> _projects = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, EvidenceDocument>> _releases = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SimplePage> _simplePages = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Name, string Version, string Filename), EvidenceDocument> _provenance = new();
    private readonly ConcurrentDictionary<string, EvidenceDocument> _artifacts = new(StringComparer.Ordinal);

    public OsvDatabase Osv { get; } = new();

    public static string Key(string name) => PackageName.Normalize(name);

    public void SetProject(string name, EvidenceDocument document) => _projects[Key(name)] = document;

    public EvidenceDocument? FindProject(string normalizedName) => _projects.GetValueOrDefault(normalizedName);

    public void SetRelease(string name, string version, EvidenceDocument document) =>
        _releases.GetOrAdd(Key(name), static _ => new ConcurrentDictionary<string, EvidenceDocument>(StringComparer.Ordinal))[version] = document;

    /// <summary>A release by its exact version string, else by PEP 440 canonical form (like PyPI's <c>canonicalize_version</c> lookup).</summary>
    public EvidenceDocument? FindRelease(string normalizedName, string version)
    {
        if (!_releases.TryGetValue(normalizedName, out var versions))
        {
            return null;
        }

        if (versions.TryGetValue(version, out var exact))
        {
            return exact;
        }

        var canonical = PythonVersion.Canonicalize(version);
        return versions.FirstOrDefault(v => string.Equals(PythonVersion.Canonicalize(v.Key), canonical, StringComparison.Ordinal)).Value;
    }

    /// <summary>The registered releases of a project, as (version, document) pairs in no particular order.</summary>
    public IReadOnlyList<KeyValuePair<string, EvidenceDocument>> ReleasesOf(string name) =>
        _releases.TryGetValue(Key(name), out var versions) ? [.. versions] : [];

    /// <summary>True when the JSON API knows the project (a project document or any release).</summary>
    public bool IsKnownProject(string normalizedName) => _projects.ContainsKey(normalizedName) || _releases.ContainsKey(normalizedName);

    public void SetSimplePage(string name, SimplePage page) => _simplePages[Key(name)] = page;

    public SimplePage? FindSimplePage(string normalizedName) => _simplePages.GetValueOrDefault(normalizedName);

    public IReadOnlyList<string> SimpleProjectNames() => [.. _simplePages.Keys.Order(StringComparer.Ordinal)];

    public void SetProvenance(string name, string version, string filename, EvidenceDocument document) =>
        _provenance[(Key(name), PythonVersion.Canonicalize(version), filename)] = document;

    public EvidenceDocument? FindProvenance(string normalizedName, string version, string filename) =>
        _provenance.GetValueOrDefault((normalizedName, PythonVersion.Canonicalize(version), filename));

    public void SetArtifact(string filename, EvidenceDocument document) => _artifacts[filename] = document;

    public EvidenceDocument? FindArtifact(string filename) => _artifacts.GetValueOrDefault(filename);
}
