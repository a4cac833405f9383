using System.Text.Json.Serialization;

namespace TrustCheck.Sources.Popular.Wire;

/// <summary>The popular-projects list (hugovk/top-pypi-packages).</summary>
internal sealed class PopularPackagesWire
{
    [JsonPropertyName("last_update")]
    public string? LastUpdate { get; set; }

    [JsonPropertyName("rows")]
    public List<PopularRowWire>? Rows { get; set; }
}

internal sealed class PopularRowWire
{
    [JsonPropertyName("project")]
    public string? Project { get; set; }

    [JsonPropertyName("download_count")]
    public long? DownloadCount { get; set; }
}
