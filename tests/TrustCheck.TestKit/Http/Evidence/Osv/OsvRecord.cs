using System.Text.Json;

namespace TrustCheck.TestKit.Http.Evidence.Osv;

/// <summary>An OSV record as served (its exact JSON bytes) with what matching needs.</summary>
internal sealed class OsvRecord
{
    private readonly IReadOnlyList<OsvAffectedPackage> _affected;

    private OsvRecord(string id, string? modified, byte[] json, IReadOnlyList<OsvAffectedPackage> affected)
    {
        Id = id;
        Modified = modified;
        Json = json;
        _affected = affected;
    }

    public string Id { get; }

    public string? Modified { get; }

    public byte[] Json { get; }

    /// <exception cref="ArgumentException">The JSON is not an object with a string <c>id</c>.</exception>
    public static OsvRecord Parse(byte[] json)
    {
        using var document = JsonDocument.Parse(json);
        return From(document.RootElement);
    }

    public static OsvRecord From(JsonElement record)
    {
        if (record.ValueKind != JsonValueKind.Object || !record.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String)
        {
            throw new ArgumentException("An OSV record is a JSON object with a string 'id'.", nameof(record));
        }

        var modified = record.TryGetProperty("modified", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
        var affected = record.TryGetProperty("affected", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(OsvAffectedPackage.Parse).OfType<OsvAffectedPackage>().ToList()
            : [];
        return new OsvRecord(id.GetString()!, modified, JsonSerializer.SerializeToUtf8Bytes(record), affected);
    }

    /// <summary>True when an <c>affected[]</c> entry names the package and, when a version is given, covers it.</summary>
    public bool Affects(string normalizedName, string? version) =>
        _affected.Any(a => string.Equals(a.Name, normalizedName, StringComparison.Ordinal) && (version is null || a.Affects(version)));
}
