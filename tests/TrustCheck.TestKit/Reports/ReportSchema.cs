using System.Text.Json;
using Json.Schema;

namespace TrustCheck.TestKit.Reports;

/// <summary>Validates report JSON against the published contract, <c>docs/report.schema.json</c>.</summary>
public static class ReportSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(RepositoryRoot.Current, "docs", "report.schema.json"))));

    /// <summary>Every violation of the schema, as <c>location: error</c>; empty when the report conforms.</summary>
    /// <param name="json">The report as UTF-8 JSON.</param>
    public static IReadOnlyList<string> Violations(ReadOnlySpan<byte> json)
    {
        using var document = JsonDocument.Parse(json.ToArray());
        var result = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        return result.IsValid
            ? []
            : [.. (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))];
    }
}
