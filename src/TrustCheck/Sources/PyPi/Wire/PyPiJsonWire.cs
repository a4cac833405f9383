using System.Text.Json;
using System.Text.Json.Serialization;

namespace TrustCheck.Sources.PyPi.Wire;

/// <summary>The JSON API document, as sent (project and release routes).</summary>
internal sealed class PyPiJsonWire
{
    [JsonPropertyName("info")]
    public PyPiInfoWire? Info { get; set; }

    [JsonPropertyName("last_serial")]
    public long? LastSerial { get; set; }

    [JsonPropertyName("releases")]
    public Dictionary<string, List<PyPiFileWire>?>? Releases { get; set; }

    [JsonPropertyName("urls")]
    public List<PyPiFileWire>? Urls { get; set; }

    [JsonPropertyName("vulnerabilities")]
    public List<PyPiVulnerabilityWire>? Vulnerabilities { get; set; }

    [JsonPropertyName("ownership")]
    public PyPiOwnershipWire? Ownership { get; set; }
}

internal sealed class PyPiInfoWire
{
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("version")]
    public string? Version { get; set; }

    [JsonPropertyName("summary")]
    public string? Summary { get; set; }

    [JsonPropertyName("license")]
    public string? License { get; set; }

    [JsonPropertyName("license_expression")]
    public string? LicenseExpression { get; set; }

    [JsonPropertyName("license_files")]
    public List<string>? LicenseFiles { get; set; }

    [JsonPropertyName("classifiers")]
    public List<string>? Classifiers { get; set; }

    [JsonPropertyName("author")]
    public string? Author { get; set; }

    [JsonPropertyName("author_email")]
    public string? AuthorEmail { get; set; }

    [JsonPropertyName("maintainer")]
    public string? Maintainer { get; set; }

    [JsonPropertyName("maintainer_email")]
    public string? MaintainerEmail { get; set; }

    [JsonPropertyName("requires_python")]
    public string? RequiresPython { get; set; }

    [JsonPropertyName("requires_dist")]
    public List<string>? RequiresDist { get; set; }

    [JsonPropertyName("provides_extra")]
    public List<string>? ProvidesExtra { get; set; }

    [JsonPropertyName("project_urls")]
    public Dictionary<string, string?>? ProjectUrls { get; set; }

    [JsonPropertyName("home_page")]
    public string? HomePage { get; set; }

    [JsonPropertyName("download_url")]
    public string? DownloadUrl { get; set; }

    [JsonPropertyName("yanked")]
    public bool? Yanked { get; set; }

    [JsonPropertyName("yanked_reason")]
    public string? YankedReason { get; set; }
}

internal sealed class PyPiFileWire
{
    [JsonPropertyName("filename")]
    public string? Filename { get; set; }

    [JsonPropertyName("packagetype")]
    public string? PackageType { get; set; }

    [JsonPropertyName("python_version")]
    public string? PythonVersion { get; set; }

    [JsonPropertyName("digests")]
    public Dictionary<string, string?>? Digests { get; set; }

    [JsonPropertyName("size")]
    public long? Size { get; set; }

    [JsonPropertyName("upload_time_iso_8601")]
    public string? UploadTimeIso8601 { get; set; }

    [JsonPropertyName("upload_time")]
    public string? UploadTime { get; set; }

    [JsonPropertyName("url")]
    public string? Url { get; set; }

    [JsonPropertyName("requires_python")]
    public string? RequiresPython { get; set; }

    [JsonPropertyName("yanked")]
    public bool? Yanked { get; set; }

    [JsonPropertyName("yanked_reason")]
    public string? YankedReason { get; set; }

    [JsonPropertyName("core-metadata")]
    public JsonElement? CoreMetadata { get; set; }
}

internal sealed class PyPiVulnerabilityWire
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("source")]
    public string? Source { get; set; }

    [JsonPropertyName("link")]
    public string? Link { get; set; }

    [JsonPropertyName("aliases")]
    public List<string>? Aliases { get; set; }

    [JsonPropertyName("summary")]
    public string? Summary { get; set; }

    [JsonPropertyName("details")]
    public string? Details { get; set; }

    [JsonPropertyName("fixed_in")]
    public List<string>? FixedIn { get; set; }

    [JsonPropertyName("withdrawn")]
    public string? Withdrawn { get; set; }
}

internal sealed class PyPiOwnershipWire
{
    [JsonPropertyName("roles")]
    public List<PyPiRoleWire>? Roles { get; set; }

    [JsonPropertyName("organization")]
    public string? Organization { get; set; }
}

internal sealed class PyPiRoleWire
{
    [JsonPropertyName("role")]
    public string? Role { get; set; }

    [JsonPropertyName("user")]
    public string? User { get; set; }
}
