using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TrustCheck.TestKit.Http.Evidence;

/// <summary>
/// Generates synthetic packages for load tests and benchmarks. Everything is deterministic: the artifact bytes (and so
/// their sha256), upload times and names. Their provenance objects have the PEP 740 shape and a real in-toto statement
/// naming the file and its digest, but an empty certificate and signature: they never verify.
/// </summary>
internal static class SyntheticPackages
{
    private static readonly DateTimeOffset Epoch = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Add(EvidenceServer server, int count, SyntheticPackageOptions options)
    {
        for (var index = 1; index <= count; index++)
        {
            var name = options.NameOf(index);
            var version = options.Version;
            var distribution = name.Replace('-', '_');
            var uploaded = Epoch.AddMinutes(index);
            var files = new JsonArray();
            foreach (var (filename, packageType, pythonVersion) in new[]
            {
                ($"{distribution}-{version}.tar.gz", "sdist", "source"),
                ($"{distribution}-{version}-py3-none-any.whl", "bdist_wheel", "py3"),
            })
            {
                var content = Encoding.UTF8.GetBytes($"TrustCheck synthetic artifact {filename}\n");
                var sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
                server.AddArtifact(filename, content);
                files.Add(FileEntry(server, filename, packageType, pythonVersion, content.Length, sha256, uploaded));
                if (options.HasProvenance(index))
                {
                    server.AddProvenance(name, version, filename, Provenance(name, filename, sha256));
                }
            }

            var dependencies = Enumerable.Range(Math.Max(1, index - options.DependencyCount), Math.Min(options.DependencyCount, index - 1))
                .Select(d => (JsonNode)$"{options.NameOf(d)}>={version}")
                .ToArray();
            server.AddRelease(name, version, Release(name, version, index, dependencies, files));
            server.SynthesizeProject(name);
            server.SynthesizeSimplePage(name);
        }
    }

    private static byte[] Release(string name, string version, int index, JsonNode[] dependencies, JsonArray files) =>
        JsonSerializer.SerializeToUtf8Bytes(new JsonObject
        {
            ["info"] = new JsonObject
            {
                ["author"] = "TrustCheck synthetic",
                ["author_email"] = "synthetic@example.invalid",
                ["classifiers"] = new JsonArray("Programming Language :: Python :: 3"),
                ["description"] = string.Empty,
                ["description_content_type"] = null,
                ["home_page"] = null,
                ["license"] = null,
                ["license_expression"] = "MIT",
                ["name"] = name,
                ["package_url"] = $"https://pypi.org/project/{name}/",
                ["project_urls"] = new JsonObject { ["Source"] = $"https://github.com/synthetic-org/{name}" },
                ["requires_dist"] = dependencies.Length == 0 ? null : new JsonArray(dependencies),
                ["requires_python"] = ">=3.9",
                ["summary"] = string.Create(CultureInfo.InvariantCulture, $"Synthetic package {index}"),
                ["version"] = version,
                ["yanked"] = false,
                ["yanked_reason"] = null,
            },
            ["last_serial"] = index,
            ["ownership"] = new JsonObject
            {
                ["organization"] = null,
                ["roles"] = new JsonArray(new JsonObject { ["role"] = "Owner", ["user"] = "synthetic-owner" }),
            },
            ["urls"] = files,
            ["vulnerabilities"] = new JsonArray(),
        });

    /// <summary>A JSON API file entry; <c>digests</c> holds sha256 only (no md5 or blake2b).</summary>
    private static JsonObject FileEntry(EvidenceServer server, string filename, string packageType, string pythonVersion, int size, string sha256, DateTimeOffset uploaded) => new()
    {
        ["comment_text"] = string.Empty,
        ["core-metadata"] = false,
        ["digests"] = new JsonObject { ["sha256"] = sha256 },
        ["filename"] = filename,
        ["packagetype"] = packageType,
        ["python_version"] = pythonVersion,
        ["requires_python"] = ">=3.9",
        ["size"] = size,
        ["upload_time"] = uploaded.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
        ["upload_time_iso_8601"] = uploaded.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
        ["url"] = server.ArtifactUrl(filename).AbsoluteUri,
        ["yanked"] = false,
        ["yanked_reason"] = null,
    };

    private static byte[] Provenance(string name, string filename, string sha256)
    {
        var statement = JsonSerializer.SerializeToUtf8Bytes(new JsonObject
        {
            ["_type"] = "https://in-toto.io/Statement/v1",
            ["subject"] = new JsonArray(new JsonObject { ["name"] = filename, ["digest"] = new JsonObject { ["sha256"] = sha256 } }),
            ["predicateType"] = "https://docs.pypi.org/attestations/publish/v1",
            ["predicate"] = null,
        });
        return JsonSerializer.SerializeToUtf8Bytes(new JsonObject
        {
            ["version"] = 1,
            ["attestation_bundles"] = new JsonArray(new JsonObject
            {
                ["publisher"] = new JsonObject
                {
                    ["kind"] = "GitHub",
                    ["repository"] = $"synthetic-org/{name}",
                    ["workflow"] = "release.yml",
                    ["environment"] = null,
                    ["claims"] = null,
                },
                ["attestations"] = new JsonArray(new JsonObject
                {
                    ["version"] = 1,
                    ["verification_material"] = new JsonObject { ["certificate"] = string.Empty, ["transparency_entries"] = new JsonArray() },
                    ["envelope"] = new JsonObject { ["statement"] = Convert.ToBase64String(statement), ["signature"] = string.Empty },
                }),
            }),
        });
    }
}
