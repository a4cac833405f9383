using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using TrustCheck.TestKit.Http.Evidence;

namespace TrustCheck.TestKit.Resolution;

/// <summary>
/// Puts a generated graph on a loopback <see cref="EvidenceServer"/> as a real index pip installs from: for every
/// release one wheel (<see cref="WheelFactory"/>) under <c>/packages/</c>, its PEP 658 metadata file next to it, the
/// release document (<c>/pypi/{name}/{version}/json</c>: <c>info.requires_dist</c>, <c>info.requires_python</c>,
/// <c>info.yanked</c>, and one <c>urls[]</c> entry with digests, url, per-file <c>requires_python</c> and
/// <c>yanked</c>, and <c>core-metadata</c> = {"sha256": …}), then the synthesised project document and Simple page
/// (PEP 691 JSON and PEP 503 HTML, advertising the metadata file under <c>core-metadata</c> and
/// <c>data-dist-info-metadata</c>).
/// </summary>
public static class GraphPublisher
{
    private static readonly DateTimeOffset Epoch = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Publishes every project of the graph (the server may hold other projects with other names).</summary>
    /// <param name="server">The loopback index.</param>
    /// <param name="graph">The graph.</param>
    public static void Publish(EvidenceServer server, GeneratedGraph graph)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(graph);
        var serial = 0;
        foreach (var project in graph.Projects)
        {
            foreach (var release in project.Releases)
            {
                serial++;
                var wheel = WheelFactory.Build(project.Name, release);
                server.AddArtifact(wheel.Filename, wheel.Content);
                server.AddCoreMetadata(wheel.Filename, wheel.Metadata);
                server.AddRelease(project.Name, release.Version, JsonSerializer.SerializeToUtf8Bytes(ReleaseDocument(server, project.Name, release, wheel, serial)));
            }

            server.SynthesizeProject(project.Name);
            server.SynthesizeSimplePage(project.Name);
        }
    }

    private static JsonObject ReleaseDocument(EvidenceServer server, string name, GeneratedRelease release, BuiltWheel wheel, int serial)
    {
        var uploaded = Epoch.AddHours(serial);
        var reason = release.Yanked ? "generated: yanked" : null;
        return new JsonObject
        {
            ["info"] = new JsonObject
            {
                ["name"] = name,
                ["version"] = release.Version,
                ["summary"] = "A generated wheel for the resolver differential test.",
                ["license_expression"] = "MIT",
                ["requires_python"] = release.RequiresPython,
                ["requires_dist"] = release.RequiresDist.Count == 0 ? null : new JsonArray([.. release.RequiresDist.Select(static r => (JsonNode)r)]),
                ["provides_extra"] = release.ProvidesExtra.Count == 0 ? null : new JsonArray([.. release.ProvidesExtra.Select(static e => (JsonNode)e)]),
                ["project_urls"] = new JsonObject { ["Source"] = $"https://github.com/generated/{name}" },
                ["yanked"] = release.Yanked,
                ["yanked_reason"] = reason,
            },
            ["last_serial"] = serial,
            ["urls"] = new JsonArray(new JsonObject
            {
                ["comment_text"] = string.Empty,
                ["core-metadata"] = new JsonObject { ["sha256"] = wheel.MetadataSha256 },
                ["digests"] = new JsonObject { ["sha256"] = wheel.Sha256 },
                ["filename"] = wheel.Filename,
                ["packagetype"] = "bdist_wheel",
                ["python_version"] = "py3",
                ["requires_python"] = release.RequiresPython,
                ["size"] = wheel.Content.Length,
                ["upload_time"] = uploaded.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
                ["upload_time_iso_8601"] = uploaded.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
                ["url"] = server.ArtifactUrl(wheel.Filename).AbsoluteUri,
                ["yanked"] = release.Yanked,
                ["yanked_reason"] = reason,
            }),
            ["vulnerabilities"] = new JsonArray(),
        };
    }
}
