using System.Text.Json.Serialization;

namespace TrustCheck.Sources.Osv.Wire;

/// <summary>An OSV record, as sent.</summary>
internal sealed class OsvRecordWire
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("modified")]
    public string? Modified { get; set; }

    [JsonPropertyName("published")]
    public string? Published { get; set; }

    [JsonPropertyName("withdrawn")]
    public string? Withdrawn { get; set; }

    [JsonPropertyName("aliases")]
    public List<string>? Aliases { get; set; }

    [JsonPropertyName("related")]
    public List<string>? Related { get; set; }

    [JsonPropertyName("summary")]
    public string? Summary { get; set; }

    [JsonPropertyName("details")]
    public string? Details { get; set; }

    [JsonPropertyName("severity")]
    public List<OsvSeverityWire>? Severity { get; set; }

    [JsonPropertyName("affected")]
    public List<OsvAffectedWire>? Affected { get; set; }

    [JsonPropertyName("references")]
    public List<OsvReferenceWire>? References { get; set; }
}

internal sealed class OsvSeverityWire
{
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    [JsonPropertyName("score")]
    public string? Score { get; set; }
}

internal sealed class OsvAffectedWire
{
    [JsonPropertyName("package")]
    public OsvPackageWire? Package { get; set; }

    [JsonPropertyName("ranges")]
    public List<OsvRangeWire>? Ranges { get; set; }

    [JsonPropertyName("versions")]
    public List<string>? Versions { get; set; }
}

internal sealed class OsvPackageWire
{
    [JsonPropertyName("ecosystem")]
    public string? Ecosystem { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("purl")]
    public string? Purl { get; set; }
}

internal sealed class OsvRangeWire
{
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    [JsonPropertyName("repo")]
    public string? Repo { get; set; }

    [JsonPropertyName("events")]
    public List<OsvEventWire>? Events { get; set; }
}

internal sealed class OsvEventWire
{
    [JsonPropertyName("introduced")]
    public string? Introduced { get; set; }

    [JsonPropertyName("fixed")]
    public string? Fixed { get; set; }

    [JsonPropertyName("last_affected")]
    public string? LastAffected { get; set; }

    [JsonPropertyName("limit")]
    public string? Limit { get; set; }
}

internal sealed class OsvReferenceWire
{
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    [JsonPropertyName("url")]
    public string? Url { get; set; }
}

/// <summary>A <c>/v1/querybatch</c> request.</summary>
internal sealed class OsvBatchRequestWire
{
    [JsonPropertyName("queries")]
    public List<OsvQueryWire> Queries { get; set; } = [];
}

/// <summary>One query, by purl and version.</summary>
internal sealed class OsvQueryWire
{
    [JsonPropertyName("package")]
    public OsvPackageWire? Package { get; set; }

    [JsonPropertyName("version")]
    public string? Version { get; set; }

    [JsonPropertyName("page_token")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? PageToken { get; set; }
}

/// <summary>A <c>/v1/querybatch</c> answer.</summary>
internal sealed class OsvBatchResponseWire
{
    [JsonPropertyName("results")]
    public List<OsvBatchResultWire>? Results { get; set; }
}

internal sealed class OsvBatchResultWire
{
    [JsonPropertyName("vulns")]
    public List<OsvVulnRefWire>? Vulns { get; set; }

    [JsonPropertyName("next_page_token")]
    public string? NextPageToken { get; set; }
}

/// <summary>An id and its modification time, as querybatch lists them.</summary>
internal sealed class OsvVulnRefWire
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("modified")]
    public string? Modified { get; set; }
}

/// <summary>A <c>/v1/query</c> answer.</summary>
internal sealed class OsvQueryResponseWire
{
    [JsonPropertyName("vulns")]
    public List<OsvRecordWire>? Vulns { get; set; }

    [JsonPropertyName("next_page_token")]
    public string? NextPageToken { get; set; }
}

/// <summary>The ids one release's query found (what is cached per release).</summary>
internal sealed class OsvQueryHitsWire
{
    [JsonPropertyName("vulns")]
    public List<OsvVulnRefWire> Vulns { get; set; } = [];
}
