using System.Text.Json;
using System.Text.Json.Nodes;
using TrustCheck.Evidence.Vulnerabilities;
using TrustCheck.Sources;
using TrustCheck.Sources.Osv;
using TrustCheck.TestKit;

namespace TrustCheck.Tests.Providers;

/// <summary>The real OSV records of the shared data, read in place through the engine's own mapper.</summary>
internal static class SharedOsvRecords
{
    private const string AdvisoryDatabase = "data/osv/pypa-advisory-database.records.json";
    private const string Jinja2Query = "data/osv/api-responses/v1-query.jinja2-3.1.4.by-name.response.json";

    private static readonly Lazy<IReadOnlyList<OsvVulnerability>> LazyAdvisories = new(() => Read(AdvisoryDatabase));
    private static readonly Lazy<IReadOnlyList<OsvVulnerability>> LazyJinja2 = new(ReadJinja2Query);

    /// <summary>The 80 PYSEC records of pypa/advisory-database.</summary>
    public static IReadOnlyList<OsvVulnerability> Advisories => LazyAdvisories.Value;

    /// <summary>
    /// The GHSA and PYSEC records OSV answered for jinja2 3.1.4 (with CVSS v3.1 and v4.0 vectors). The recording
    /// redacts <c>modified</c> (a placeholder) and <c>affected[].versions</c> (a count); those two are replaced by a
    /// fixed date and an empty list, so the records are judged by their ECOSYSTEM ranges.
    /// </summary>
    public static IReadOnlyList<OsvVulnerability> Jinja2Query314 => LazyJinja2.Value;

    /// <summary>The advisory records with an affected entry for a package.</summary>
    public static IReadOnlyList<OsvVulnerability> For(string package) =>
        Advisories.Where(r => r.Affected.Any(a => string.Equals(a.Package.Name, package, StringComparison.OrdinalIgnoreCase))).ToList();

    /// <summary>One advisory record by id.</summary>
    public static OsvVulnerability Get(string id) => Advisories.Single(r => r.Id == id);

    private static List<OsvVulnerability> ReadJinja2Query()
    {
        var root = JsonNode.Parse(File.ReadAllText(SharedData.PathOf(Jinja2Query)))!;
        var records = root["vulns"]!.AsArray();
        foreach (var record in records)
        {
            record!["modified"] = "2026-01-01T00:00:00Z";
            foreach (var affected in record["affected"]!.AsArray())
            {
                affected!["versions"] = new JsonArray();
            }
        }

        return records.Select(r => OsvMapper.ToVulnerability(r.Deserialize(EvidenceJsonContext.Default.OsvRecordWire)!, Jinja2Query)).ToList();
    }

    private static List<OsvVulnerability> Read(string path)
    {
        using var document = SharedData.ReadJson(path);
        return document.RootElement.EnumerateArray()
            .Select(r => OsvMapper.ToVulnerability(r.Deserialize(EvidenceJsonContext.Default.OsvRecordWire)!, path))
            .ToList();
    }
}
