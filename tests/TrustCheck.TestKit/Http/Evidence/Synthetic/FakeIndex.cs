using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using TrustCheck.Packaging;

namespace TrustCheck.TestKit.Http.Evidence.Synthetic;

/// <summary>
/// Hand-written PyPI JSON API documents for a synthetic dependency graph: a release document per version and a project
/// document whose <c>info</c> is the latest release by PyPI's rule (not yanked, then not a pre-release, then highest;
/// versions that are not PEP 440 are never latest) and whose <c>releases</c> lists every version's files.
/// </summary>
public sealed class FakeIndex
{
    private readonly SortedDictionary<string, List<FakeRelease>> _projects = new(StringComparer.Ordinal);

    /// <summary>Adds a release.</summary>
    public FakeIndex Add(string name, string version, params string[] requiresDist) => Add(name, new FakeRelease(version, requiresDist));

    /// <summary>Adds a release.</summary>
    public FakeIndex Add(string name, FakeRelease release)
    {
        if (!_projects.TryGetValue(name, out var releases))
        {
            releases = [];
            _projects[name] = releases;
        }

        releases.Add(release);
        return this;
    }

    /// <summary>Registers every document on the server.</summary>
    public void ServeOn(EvidenceServer server)
    {
        foreach (var (name, releases) in _projects)
        {
            foreach (var release in releases)
            {
                server.AddRelease(name, release.Version, JsonSerializer.SerializeToUtf8Bytes(ReleaseDocument(name, release)));
            }

            server.AddProject(name, JsonSerializer.SerializeToUtf8Bytes(ProjectDocument(name, releases)));
        }
    }

    private static JsonObject ProjectDocument(string name, List<FakeRelease> releases)
    {
        var latest = releases
            .Select(r => (Release: r, Parsed: PythonVersion.TryParse(r.Version, out var v) ? v : null))
            .Where(r => r.Parsed is not null)
            .OrderBy(r => r.Release.Yanked ? 1 : 0)
            .ThenBy(r => r.Parsed!.IsPrerelease ? 1 : 0)
            .ThenByDescending(r => r.Parsed)
            .Select(r => r.Release)
            .FirstOrDefault() ?? releases[0];
        var map = new JsonObject();
        foreach (var release in releases)
        {
            map[release.Version] = Files(name, release);
        }

        var project = ReleaseDocument(name, latest);
        project["releases"] = map;
        return project;
    }

    private static JsonObject ReleaseDocument(string name, FakeRelease release) => new()
    {
        ["info"] = new JsonObject
        {
            ["name"] = name,
            ["version"] = release.Version,
            ["summary"] = "A synthetic release for dependency resolution tests",
            ["requires_dist"] = release.RequiresDist.Count == 0 ? null : new JsonArray([.. release.RequiresDist.Select(r => (JsonNode)r)]),
            ["requires_python"] = release.RequiresPython,
            ["yanked"] = release.Yanked,
            ["yanked_reason"] = release.Yanked ? "broken" : null,
        },
        ["last_serial"] = 1,
        ["urls"] = Files(name, release),
        ["vulnerabilities"] = new JsonArray(),
    };

    private static JsonArray Files(string name, FakeRelease release)
    {
        if (!release.HasFiles)
        {
            return [];
        }

        var filename = $"{name.Replace('-', '_')}-{release.Version}.tar.gz";
        return
        [
            new JsonObject
            {
                ["filename"] = filename,
                ["packagetype"] = "sdist",
                ["python_version"] = "source",
                ["digests"] = new JsonObject { ["sha256"] = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(filename))) },
                ["size"] = 1024,
                ["upload_time_iso_8601"] = (release.UploadTime ?? new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero)).ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                ["url"] = $"https://files.example.invalid/{filename}",
                ["requires_python"] = release.FileRequiresPython ? release.RequiresPython : null,
                ["yanked"] = release.Yanked,
                ["yanked_reason"] = release.Yanked ? "broken" : null,
            },
        ];
    }
}
