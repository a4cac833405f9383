using System.Text.Json;
using System.Text.Json.Nodes;
using TrustCheck.Reports;

namespace TrustCheck.Reporting;

/// <summary>
/// Writes a report as SARIF 2.1.0 for code-scanning upload: one rule per finding code, one result per finding
/// (suppressed ones carry a SARIF suppression), located at the package (<c>name==version</c>) as a logical location.
/// </summary>
public static class SarifReportWriter
{
    /// <summary>The SARIF schema URI.</summary>
    public const string Schema = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>The report as SARIF JSON.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The UTF-8 SARIF document.</returns>
    public static byte[] Write(TrustReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var findings = report.Packages.SelectMany(p => p.Findings.Select(f => (Package: p, Finding: f))).ToList();
        var rules = new JsonArray(findings
            .GroupBy(f => f.Finding.Code, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (JsonNode)new JsonObject
            {
                ["id"] = g.Key,
                ["name"] = g.Key,
                ["shortDescription"] = new JsonObject { ["text"] = $"TrustCheck finding {g.Key} ({g.First().Finding.Provider})" },
                ["helpUri"] = $"https://github.com/trustcheck/trustcheck/blob/main/docs/findings.md#{g.Key.ToLowerInvariant()}",
                ["defaultConfiguration"] = new JsonObject { ["level"] = Level(g.Max(f => Rank(f.Finding.Severity))) },
            }).ToArray());
        var results = new JsonArray(findings.Select(f => (JsonNode)Result(f.Package, f.Finding)).ToArray());
        var sarif = new JsonObject
        {
            ["$schema"] = Schema,
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray(new JsonObject
            {
                ["tool"] = new JsonObject
                {
                    ["driver"] = new JsonObject
                    {
                        ["name"] = "TrustCheck",
                        ["version"] = report.ToolVersion,
                        ["informationUri"] = "https://github.com/trustcheck/trustcheck",
                        ["rules"] = rules,
                    },
                },
                ["results"] = results,
                ["properties"] = new JsonObject
                {
                    ["policy"] = report.Policy.Name,
                    ["policyPassed"] = report.Policy.Passed,
                },
            }),
        };
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            sarif.WriteTo(writer);
        }

        return buffer.ToArray();
    }

    private static JsonObject Result(PackageReport package, FindingReport finding)
    {
        var id = $"{package.Name}=={package.Version}";
        var result = new JsonObject
        {
            ["ruleId"] = finding.Code,
            ["level"] = Level(Rank(finding.Severity)),
            ["message"] = new JsonObject { ["text"] = $"{id}: {finding.Message}" + (finding.Remediation is null ? string.Empty : " " + finding.Remediation) },
            ["locations"] = new JsonArray(new JsonObject
            {
                ["logicalLocations"] = new JsonArray(new JsonObject { ["name"] = id, ["fullyQualifiedName"] = "pypi:" + id, ["kind"] = "package" }),
            }),
            ["partialFingerprints"] = new JsonObject { ["trustcheck/v1"] = $"{id}/{finding.Code}/{string.Join(",", finding.Evidence.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => e.Key + "=" + e.Value))}" },
            ["properties"] = new JsonObject
            {
                ["package"] = package.Name,
                ["version"] = package.Version,
                ["severity"] = finding.Severity,
                ["recommendation"] = package.Recommendation.ToName(),
                ["evidence"] = new JsonObject(finding.Evidence.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => KeyValuePair.Create(e.Key, (JsonNode?)e.Value))),
            },
        };
        if (finding.Suppressed is { } suppression)
        {
            result["suppressions"] = new JsonArray(new JsonObject
            {
                ["kind"] = "external",
                ["justification"] = $"{suppression.Justification} (owner: {suppression.Owner}{(suppression.Expires is { } expires ? ", until " + expires.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : string.Empty)})",
            });
        }

        return result;
    }

    private static int Rank(string severity) => severity switch
    {
        "critical" or "high" => 3,
        "medium" => 2,
        "low" => 1,
        _ => 0,
    };

    private static string Level(int rank) => rank switch
    {
        3 => "error",
        2 => "warning",
        _ => "note",
    };
}
