using System.Text.Json.Serialization;

namespace TrustCheck.Policies;

/// <summary>A policy file, as written.</summary>
internal sealed class PolicyFileWire
{
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("extends")]
    public string? Extends { get; set; }

    [JsonPropertyName("failOn")]
    public List<string>? FailOn { get; set; }

    [JsonPropertyName("failOnSeverity")]
    public string? FailOnSeverity { get; set; }

    [JsonPropertyName("requireVerifiedProvenance")]
    public bool? RequireVerifiedProvenance { get; set; }

    [JsonPropertyName("failOnVulnerabilities")]
    public bool? FailOnVulnerabilities { get; set; }

    [JsonPropertyName("requireExpectedRepository")]
    public bool? RequireExpectedRepository { get; set; }

    [JsonPropertyName("expectedRepository")]
    public string? ExpectedRepository { get; set; }

    [JsonPropertyName("allowedPublisherOrganisations")]
    public List<string>? AllowedPublisherOrganisations { get; set; }

    [JsonPropertyName("suppressions")]
    public List<SuppressionWire>? Suppressions { get; set; }
}

internal sealed class SuppressionWire
{
    [JsonPropertyName("code")]
    public string? Code { get; set; }

    [JsonPropertyName("package")]
    public string? Package { get; set; }

    [JsonPropertyName("version")]
    public string? Version { get; set; }

    [JsonPropertyName("match")]
    public string? Match { get; set; }

    [JsonPropertyName("owner")]
    public string? Owner { get; set; }

    [JsonPropertyName("justification")]
    public string? Justification { get; set; }

    [JsonPropertyName("expires")]
    public string? Expires { get; set; }
}

[JsonSourceGenerationOptions(MaxDepth = 16, UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(PolicyFileWire))]
internal sealed partial class PolicyFileJsonContext : JsonSerializerContext;
