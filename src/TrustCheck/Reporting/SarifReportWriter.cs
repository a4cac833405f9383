using System.Text.Json;
using System.Text.Json.Nodes;
using TrustCheck.Reports;

namespace TrustCheck.Reporting;

/// <summary>
/// Writes a report as SARIF 2.1.0 for code-scanning upload: one rule per finding code, one result per finding
/// (suppressed ones carry a SARIF suppression), located at the package (<c>name==version</c>) as a logical location and,
/// for a scan, at each line of a dependency file that declares it (a physical location relative to the working
/// directory, so code scanning annotates the dependency line); a scan's entries that cannot be inspected are results
/// of rule <see cref="NotInspectableRule"/> at their line.
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
        var notInspectable = (report.Inputs ?? []).SelectMany(i => i.NotInspectable).ToList();
        if (notInspectable.Count > 0)
        {
            rules.Add((JsonNode)new JsonObject
            {
                ["id"] = NotInspectableRule,
                ["name"] = NotInspectableRule,
                ["shortDescription"] = new JsonObject { ["text"] = "A dependency file entry TrustCheck cannot inspect (URL, local path, editable or VCS install, not for the target)" },
                ["helpUri"] = "https://github.com/trustcheck/trustcheck/blob/main/docs/scan.md#not-inspectable",
                ["defaultConfiguration"] = new JsonObject { ["level"] = "warning" },
            });
        }

        var results = new JsonArray([
            .. findings.Select(f => (JsonNode)Result(f.Package, f.Finding)),
            .. notInspectable.Select(n => (JsonNode)NotInspectableResult(n)),
        ]);
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

    /// <summary>The rule of a dependency-file entry that cannot be inspected.</summary>
    public const string NotInspectableRule = "TC11004";

    private static JsonObject NotInspectableResult(NotInspectableReport entry) => new()
    {
        ["ruleId"] = NotInspectableRule,
        ["level"] = entry.Reason is "not-for-target" or "unsupported-option" or "local-project" ? "note" : "warning",
        ["message"] = new JsonObject { ["text"] = $"Not inspected ({entry.Reason}): {entry.Text}" },
        ["locations"] = new JsonArray(Physical(entry.File, entry.Line)),
        ["partialFingerprints"] = new JsonObject { ["trustcheck/v1"] = $"{NotInspectableRule}/{entry.Reason}/{entry.Text}" },
    };

    /// <summary>A SARIF physical location: relative to the working directory (the checkout, for code scanning) when the file is under it.</summary>
    private static JsonObject Physical(string file, int line)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, file);
        var inside = !relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative);
        var artifact = inside
            ? new JsonObject { ["uri"] = relative.Replace('\\', '/'), ["uriBaseId"] = "%SRCROOT%" }
            : new JsonObject { ["uri"] = new Uri(file).AbsoluteUri };
        return new JsonObject { ["physicalLocation"] = new JsonObject { ["artifactLocation"] = artifact, ["region"] = new JsonObject { ["startLine"] = line } } };
    }

    private static JsonObject Result(PackageReport package, FindingReport finding)
    {
        var id = $"{package.Name}=={package.Version}";
        var logical = new JsonObject
        {
            ["logicalLocations"] = new JsonArray(new JsonObject { ["name"] = id, ["fullyQualifiedName"] = "pypi:" + id, ["kind"] = "package" }),
        };
        var locations = package.DeclaredIn is { Count: > 0 } declared
            ? new JsonArray([.. declared.Select(d => (JsonNode)Physical(d.File, d.Line))])
            : new JsonArray(logical);
        if (package.DeclaredIn is { Count: > 0 })
        {
            ((JsonObject)locations[0]!)["logicalLocations"] = logical["logicalLocations"]!.DeepClone();
        }

        var result = new JsonObject
        {
            ["ruleId"] = finding.Code,
            ["level"] = Level(Rank(finding.Severity)),
            ["message"] = new JsonObject { ["text"] = $"{id}: {finding.Message}" + (finding.Remediation is null ? string.Empty : " " + finding.Remediation) },
            ["locations"] = locations,
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
