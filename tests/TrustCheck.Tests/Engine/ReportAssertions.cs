using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using TrustCheck.Reporting;
using TrustCheck.Reports;
using TrustCheck.TestKit;

namespace TrustCheck.Tests.Engine;

/// <summary>Checks a report against docs/report.schema.json and its committed snapshot.</summary>
internal static class ReportAssertions
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "report.schema.json"))));

    public static void MatchesSchema(TrustReport report) => MatchesSchema(TrustReportJson.Serialize(report));

    public static void MatchesSchema(ReadOnlySpan<byte> json)
    {
        using var document = JsonDocument.Parse(json.ToArray());
        var result = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        Assert.True(result.IsValid, "The report does not match docs/report.schema.json:\n" + string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    /// <summary>Validates, then compares with the snapshot (the evidence's loopback URLs are replaced by a placeholder).</summary>
    public static void Approve(TrustReport report, Uri serverUrl, string? scenario = null, [CallerFilePath] string sourceFile = "", [CallerMemberName] string testName = "")
    {
        var json = TrustReportJson.Serialize(report);
        MatchesSchema(json);
        var text = System.Text.Encoding.UTF8.GetString(json).Replace(serverUrl.AbsoluteUri, "http://index.test/", StringComparison.Ordinal);
        Approvals.VerifyJson(JsonNode.Parse(text)!.ToJsonString(), scenario, sourceFile, testName);
    }

    private static string RepositoryRoot([CallerFilePath] string here = "")
    {
        var directory = new DirectoryInfo(Path.GetDirectoryName(here)!);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "TrustCheck.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("TrustCheck.sln not found above " + here);
    }
}
