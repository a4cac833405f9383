using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace TrustCheck.TestKit.Http.Evidence.Synthetic;

/// <summary>
/// Publishes releases of a project on the loopback index whose files are given wheel bytes (real wheels read in place,
/// or poisoned copies built at test time), with the JSON API's <c>requires_dist</c> and <c>requires_python</c> taken
/// from each wheel's own METADATA, as PyPI does.
/// </summary>
/// <param name="server">The loopback index.</param>
/// <param name="name">The project's name.</param>
public sealed class WheelReleases(EvidenceServer server, string name)
{
    private static readonly DateTimeOffset Epoch = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Publishes a release with one wheel.</summary>
    /// <param name="version">The release's version.</param>
    /// <param name="filename">The wheel's file name.</param>
    /// <param name="wheel">The wheel's bytes.</param>
    /// <param name="daysAfterEpoch">When it was uploaded, in days after 2026-01-01.</param>
    /// <returns>This publisher.</returns>
    public WheelReleases Publish(string version, string filename, byte[] wheel, int daysAfterEpoch)
    {
        ArgumentNullException.ThrowIfNull(wheel);
        var (requiresDist, requiresPython) = Metadata(wheel);
        var uploaded = Epoch.AddDays(daysAfterEpoch);
        var release = new JsonObject
        {
            ["info"] = new JsonObject
            {
                ["name"] = name,
                ["version"] = version,
                ["summary"] = "A real wheel served by the loopback index.",
                ["license_expression"] = "MIT",
                ["requires_python"] = requiresPython,
                ["requires_dist"] = requiresDist.Count == 0 ? null : new JsonArray([.. requiresDist.Select(r => (JsonNode)r)]),
                ["project_urls"] = new JsonObject { ["Source"] = $"https://github.com/pypa/{name}" },
                ["yanked"] = false,
            },
            ["urls"] = new JsonArray(new JsonObject
            {
                ["filename"] = filename,
                ["packagetype"] = "bdist_wheel",
                ["python_version"] = "py3",
                ["digests"] = new JsonObject { ["sha256"] = Convert.ToHexStringLower(SHA256.HashData(wheel)) },
                ["size"] = wheel.Length,
                ["upload_time_iso_8601"] = uploaded.ToString("yyyy-MM-ddTHH:mm:ss.ffffffZ", CultureInfo.InvariantCulture),
                ["url"] = server.ArtifactUrl(filename).AbsoluteUri,
                ["requires_python"] = requiresPython,
                ["yanked"] = false,
            }),
            ["vulnerabilities"] = new JsonArray(),
            ["last_serial"] = daysAfterEpoch,
        };
        server.AddRelease(name, version, Encoding.UTF8.GetBytes(release.ToJsonString()));
        server.AddArtifact(filename, wheel);
        server.SynthesizeProject(name);
        server.SynthesizeSimplePage(name);
        return this;
    }

    private static (List<string> RequiresDist, string? RequiresPython) Metadata(byte[] wheel)
    {
        using var archive = new ZipArchive(new MemoryStream(wheel), ZipArchiveMode.Read);
        var entry = archive.Entries.Single(e => e.FullName.EndsWith(".dist-info/METADATA", StringComparison.Ordinal));
        using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
        var requires = new List<string>();
        string? python = null;
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            if (line.StartsWith("Requires-Dist:", StringComparison.Ordinal))
            {
                requires.Add(line["Requires-Dist:".Length..].Trim());
            }
            else if (line.StartsWith("Requires-Python:", StringComparison.Ordinal))
            {
                python = line["Requires-Python:".Length..].Trim();
            }
        }

        return (requires, python);
    }
}
