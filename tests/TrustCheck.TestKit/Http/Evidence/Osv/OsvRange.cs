using System.Text.Json;
using TrustCheck.Packaging;

namespace TrustCheck.TestKit.Http.Evidence.Osv;

/// <summary>
/// An <c>ECOSYSTEM</c> range of an OSV <c>affected[]</c> entry, evaluated with PEP 440 ordering the way the OSV schema
/// describes: events sorted by version; <c>introduced</c> (<c>"0"</c> is the beginning) opens an affected interval
/// at or above it, <c>fixed</c> and <c>limit</c> close it at or above, <c>last_affected</c> closes it above.
/// </summary>
internal sealed class OsvRange
{
    private readonly IReadOnlyList<(OsvEventKind Kind, PythonVersion? Version)> _events;

    private OsvRange(IReadOnlyList<(OsvEventKind Kind, PythonVersion? Version)> events) => _events = events;

    /// <summary>Reads an ECOSYSTEM range; other range types (GIT, SEMVER) give null. Events whose version does not parse are dropped.</summary>
    public static OsvRange? Parse(JsonElement range)
    {
        if (!range.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || type.GetString() != "ECOSYSTEM")
        {
            return null;
        }

        var events = new List<(OsvEventKind Kind, PythonVersion? Version)>();
        if (range.TryGetProperty("events", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in list.EnumerateArray())
            {
                foreach (var property in item.EnumerateObject())
                {
                    if (property.Value.ValueKind == JsonValueKind.String && KindOf(property.Name) is { } kind && TryVersion(kind, property.Value.GetString()!, out var version))
                    {
                        events.Add((kind, version));
                    }
                }
            }
        }

        // "0" (null) sorts first; at one version, an introduction is applied before what closes it.
        events.Sort(static (a, b) =>
        {
            var order = a.Version is null ? (b.Version is null ? 0 : -1) : b.Version is null ? 1 : a.Version.CompareTo(b.Version);
            return order != 0 ? order : a.Kind.CompareTo(b.Kind);
        });
        return new OsvRange(events);
    }

    public bool Contains(PythonVersion version)
    {
        var affected = false;
        foreach (var (kind, at) in _events)
        {
            affected = kind switch
            {
                OsvEventKind.Introduced when at is null || version >= at => true,
                OsvEventKind.Fixed or OsvEventKind.Limit when at is not null && version >= at => false,
                OsvEventKind.LastAffected when at is not null && version > at => false,
                _ => affected,
            };
        }

        return affected;
    }

    private static OsvEventKind? KindOf(string name) => name switch
    {
        "introduced" => OsvEventKind.Introduced,
        "fixed" => OsvEventKind.Fixed,
        "last_affected" => OsvEventKind.LastAffected,
        "limit" => OsvEventKind.Limit,
        _ => null,
    };

    private static bool TryVersion(OsvEventKind kind, string text, out PythonVersion? version)
    {
        if (kind == OsvEventKind.Introduced && text == "0")
        {
            version = null;
            return true;
        }

        return PythonVersion.TryParse(text, out version);
    }
}
