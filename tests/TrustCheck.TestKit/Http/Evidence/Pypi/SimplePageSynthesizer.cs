using System.Text.Json;
using System.Text.Json.Nodes;

namespace TrustCheck.TestKit.Http.Evidence.Pypi;

/// <summary>
/// Builds a PEP 691 JSON project page (api-version 1.4) from release-level JSON API documents: one file entry per
/// <c>urls[]</c> entry (sha256, <c>requires-python</c>, size, upload time, yanked reason, core metadata) with a
/// <c>provenance</c> URL where a provenance object is registered for the file. It is <b>synthesised</b>, not recorded.
/// </summary>
internal static class SimplePageSynthesizer
{
    /// <param name="name">The normalized project name.</param>
    /// <param name="releases">The registered release documents.</param>
    /// <param name="provenanceUrl">The Integrity API URL of (version, filename), or null when there is none.</param>
    public static byte[] Synthesize(string name, IReadOnlyList<KeyValuePair<string, EvidenceDocument>> releases, Func<string, string, string?> provenanceUrl)
    {
        var versions = new List<string>();
        var files = new List<(string Version, string Filename, JsonObject Entry)>();
        foreach (var (registered, document) in releases)
        {
            var release = JsonNode.Parse(document.Body)!.AsObject();
            var version = release["info"]?["version"]?.GetValue<string>() ?? registered;
            versions.Add(version);
            var yanked = release["info"]?["yanked"]?.GetValueKind() == JsonValueKind.True;
            var reason = release["info"]?["yanked_reason"]?.GetValueKind() == JsonValueKind.String ? release["info"]!["yanked_reason"]!.GetValue<string>() : null;
            foreach (var url in release["urls"]?.AsArray() ?? [])
            {
                if (url is JsonObject file)
                {
                    var filename = file["filename"]!.GetValue<string>();
                    files.Add((version, filename, FileEntry(file, yanked, reason, provenanceUrl(registered, filename))));
                }
            }
        }

        var page = new JsonObject
        {
            ["meta"] = new JsonObject { ["api-version"] = "1.4", ["_last-serial"] = 0 },
            ["name"] = name,
            ["project-status"] = new JsonObject { ["status"] = "active" },
            ["versions"] = new JsonArray([.. versions.Order(VersionStringComparer.Instance).Select(static v => (JsonNode)v)]),
            ["files"] = new JsonArray([.. files
                .OrderBy(static f => f.Version, VersionStringComparer.Instance)
                .ThenBy(static f => f.Filename, StringComparer.Ordinal)
                .Select(static f => (JsonNode)f.Entry)]),
            ["alternate-locations"] = new JsonArray(),
        };
        return JsonSerializer.SerializeToUtf8Bytes(page);
    }

    private static JsonObject FileEntry(JsonObject file, bool yanked, string? reason, string? provenance)
    {
        var metadata = file["core-metadata"]?.DeepClone() ?? JsonValue.Create(false);
        return new JsonObject
        {
            ["filename"] = file["filename"]?.DeepClone(),
            ["url"] = file["url"]?.DeepClone(),
            ["hashes"] = new JsonObject { ["sha256"] = file["digests"]?["sha256"]?.DeepClone() },
            ["requires-python"] = file["requires_python"]?.DeepClone(),
            ["size"] = file["size"]?.DeepClone(),
            ["upload-time"] = file["upload_time_iso_8601"]?.DeepClone(),
            ["yanked"] = !yanked ? JsonValue.Create(false) : string.IsNullOrEmpty(reason) ? JsonValue.Create(true) : JsonValue.Create(reason),
            ["core-metadata"] = metadata,
            ["data-dist-info-metadata"] = metadata.DeepClone(),
            ["provenance"] = provenance,
        };
    }
}
