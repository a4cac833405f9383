using System.Text.Json;

namespace TrustCheck.TestKit.Http.Evidence;

/// <summary>
/// Registers the recorded real responses of the shared data folder on a server, reading each file in place through
/// <see cref="SharedData"/>.
/// </summary>
internal static class SharedEvidence
{
    public const string TufRepository = "vectors/tuf/sigstore-production";
    public const string TopPackages = "data/top-pypi/top-pypi-packages.min.json";

    private const string JsonApi = "data/pypi-json-api";
    private const string SimpleJson = "data/pypi-simple-json/poetry-fixtures";
    private const string Integrity = "data/pypi-integrity";
    private const string OsvRecords = "data/osv/pypa-advisory-database.records.json";

    /// <summary>The real provenance objects: (project, version, file name).</summary>
    private static readonly (string Name, string Version, string Filename)[] Provenance =
    [
        ("sampleproject", "4.0.0", "sampleproject-4.0.0.tar.gz"),
        ("pypi-attestations", "0.0.19", "pypi_attestations-0.0.19.tar.gz"),
    ];

    /// <summary>The recorded response headers served with atomicwrites (as go-vcr stored them → as sent).</summary>
    private static readonly (string Recorded, string Sent)[] AtomicwritesHeaders =
    [
        ("Cache-Control", "Cache-Control"),
        ("Etag", "ETag"),
        ("X-Pypi-Last-Serial", "X-PyPI-Last-Serial"),
    ];

    public static void Load(EvidenceServer server)
    {
        LoadPoetryReleases(server);
        LoadAtomicwrites(server);
        LoadProvenance(server);
        LoadSampleproject(server);
        LoadSimplePages(server);
        LoadOsvRecords(server);
    }

    /// <summary>poetry-fixtures/&lt;name&gt;/&lt;version&gt;.json as releases, plus a synthesised project document per name.</summary>
    private static void LoadPoetryReleases(EvidenceServer server)
    {
        foreach (var directory in Directory.EnumerateDirectories(SharedData.PathOf($"{JsonApi}/poetry-fixtures")).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(directory);
            foreach (var file in Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal))
            {
                server.AddRelease(name, Path.GetFileNameWithoutExtension(file), File.ReadAllBytes(file));
            }

            server.SynthesizeProject(name);
        }
    }

    /// <summary>The one untouched project-level capture, with its recorded caching headers.</summary>
    private static void LoadAtomicwrites(EvidenceServer server)
    {
        using var meta = SharedData.ReadJson($"{JsonApi}/live-recorded/atomicwrites.response-meta.json");
        var recorded = meta.RootElement.GetProperty("headers");
        var headers = AtomicwritesHeaders
            .Where(h => recorded.TryGetProperty(h.Recorded, out _))
            .Select(h => new KeyValuePair<string, string>(h.Sent, recorded.GetProperty(h.Recorded)[0].GetString()!))
            .ToList();
        server.AddProject("atomicwrites", File.ReadAllBytes(SharedData.PathOf($"{JsonApi}/live-recorded/atomicwrites.json")), headers);
    }

    /// <summary>Warehouse's documented sampleproject responses, and a synthesised Simple page linking the real provenance.</summary>
    private static void LoadSampleproject(EvidenceServer server)
    {
        // The documented project response is abridged (releases 1.3.0-3.0.0 are the string "..."), which no real
        // index sends; the project route is synthesised from the documented 4.0.0 release instead.
        server.AddRelease("sampleproject", "4.0.0", File.ReadAllBytes(SharedData.PathOf($"{JsonApi}/warehouse-docs/sampleproject-4.0.0.json")));
        server.SynthesizeProject("sampleproject");
        server.SynthesizeSimplePage("sampleproject");
    }

    private static void LoadSimplePages(EvidenceServer server)
    {
        foreach (var file in Directory.EnumerateFiles(SharedData.PathOf(SimpleJson), "*.json").Order(StringComparer.Ordinal))
        {
            var json = File.ReadAllBytes(file);
            using var page = JsonDocument.Parse(json);
            var name = page.RootElement.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : Path.GetFileNameWithoutExtension(file);
            server.AddSimplePage(name, json);
        }
    }

    private static void LoadProvenance(EvidenceServer server)
    {
        foreach (var (name, version, filename) in Provenance)
        {
            server.AddProvenance(name, version, filename, File.ReadAllBytes(SharedData.PathOf($"{Integrity}/{filename}.provenance.json")));
        }
    }

    private static void LoadOsvRecords(EvidenceServer server)
    {
        using var records = SharedData.ReadJson(OsvRecords);
        foreach (var record in records.RootElement.EnumerateArray())
        {
            server.AddOsvRecord(record);
        }
    }
}
