using System.Text.Json;
using System.Text.Json.Nodes;
using TrustCheck.Packaging;

namespace TrustCheck.TestKit.Http.Evidence.Pypi;

/// <summary>
/// Builds a project-level JSON API document (<c>/pypi/{name}/json</c>) from release-level documents. It is
/// <b>synthesised</b>, not recorded: <c>info</c>, <c>last_serial</c>, <c>urls</c>, <c>vulnerabilities</c> and
/// <c>ownership</c> come from the latest release (PyPI's rule: not yanked first, then not a pre-release, then the
/// highest version) and <c>releases</c> maps each registered version to its <c>urls</c>. Versions PyPI has but no
/// release document was registered for are absent.
/// </summary>
internal static class ProjectSynthesizer
{
    public static byte[] Synthesize(IReadOnlyList<KeyValuePair<string, EvidenceDocument>> releases)
    {
        if (releases.Count == 0)
        {
            throw new InvalidOperationException("A project document can only be synthesised from at least one registered release.");
        }

        var parsed = releases
            .Select(static r => (Version: VersionOf(r.Key, r.Value, out var node), Node: node))
            .OrderBy(static r => r.Version, VersionStringComparer.Instance)
            .ToList();
        var latest = parsed
            .OrderBy(static r => IsYanked(r.Node) ? 1 : 0)
            .ThenBy(static r => PythonVersion.TryParse(r.Version, out var v) && v.IsPrerelease ? 1 : 0)
            .ThenByDescending(static r => r.Version, VersionStringComparer.Instance)
            .First().Node;

        var releaseMap = new JsonObject();
        foreach (var (version, node) in parsed)
        {
            releaseMap[version] = node["urls"]?.DeepClone() ?? new JsonArray();
        }

        var project = new JsonObject
        {
            ["info"] = latest["info"]?.DeepClone(),
            ["last_serial"] = latest["last_serial"]?.DeepClone() ?? 0,
            ["releases"] = releaseMap,
            ["urls"] = latest["urls"]?.DeepClone() ?? new JsonArray(),
            ["vulnerabilities"] = latest["vulnerabilities"]?.DeepClone() ?? new JsonArray(),
            ["ownership"] = latest["ownership"]?.DeepClone(),
        };
        return JsonSerializer.SerializeToUtf8Bytes(project);
    }

    /// <summary>The release's <c>info.version</c>, or the version it was registered under.</summary>
    private static string VersionOf(string registered, EvidenceDocument document, out JsonObject node)
    {
        node = JsonNode.Parse(document.Body)?.AsObject() ?? throw new InvalidOperationException($"Release {registered} is not a JSON object.");
        return node["info"]?["version"]?.GetValueKind() == JsonValueKind.String ? node["info"]!["version"]!.GetValue<string>() : registered;
    }

    private static bool IsYanked(JsonObject release) =>
        release["info"]?["yanked"]?.GetValueKind() == JsonValueKind.True;
}
