using System.Text.Json;
using System.Text.Json.Serialization;

namespace TrustCheck.Sources.Simple.Wire;

/// <summary>A PEP 691 project page, as sent.</summary>
internal sealed class SimplePageWire
{
    [JsonPropertyName("meta")]
    public SimpleMetaWire? Meta { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("project-status")]
    public SimpleStatusWire? ProjectStatus { get; set; }

    [JsonPropertyName("versions")]
    public List<string>? Versions { get; set; }

    [JsonPropertyName("files")]
    public List<SimpleFileWire>? Files { get; set; }
}

internal sealed class SimpleMetaWire
{
    [JsonPropertyName("api-version")]
    public string? ApiVersion { get; set; }

    [JsonPropertyName("_last-serial")]
    public long? LastSerial { get; set; }
}

internal sealed class SimpleStatusWire
{
    [JsonPropertyName("status")]
    public string? Status { get; set; }

    [JsonPropertyName("reason")]
    public string? Reason { get; set; }
}

internal sealed class SimpleFileWire
{
    [JsonPropertyName("filename")]
    public string? Filename { get; set; }

    [JsonPropertyName("url")]
    public string? Url { get; set; }

    [JsonPropertyName("hashes")]
    public Dictionary<string, string?>? Hashes { get; set; }

    [JsonPropertyName("requires-python")]
    public string? RequiresPython { get; set; }

    [JsonPropertyName("size")]
    public long? Size { get; set; }

    [JsonPropertyName("upload-time")]
    public string? UploadTime { get; set; }

    [JsonPropertyName("yanked")]
    public JsonElement? Yanked { get; set; }

    [JsonPropertyName("core-metadata")]
    public JsonElement? CoreMetadata { get; set; }

    [JsonPropertyName("data-dist-info-metadata")]
    public JsonElement? DataDistInfoMetadata { get; set; }

    [JsonPropertyName("provenance")]
    public string? Provenance { get; set; }
}
