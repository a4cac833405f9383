using System.Text.Json;
using TrustCheck.Evidence.Simple;
using TrustCheck.Sources.Simple.Wire;

namespace TrustCheck.Sources.Simple;

/// <summary>Turns a PEP 691 project page into the public model.</summary>
internal static class SimpleJsonMapper
{
    private const string What = "Simple API project page";

    public static SimpleProjectPage ToPage(SimplePageWire wire, Uri pageUrl, string index, string shown)
    {
        var apiVersion = wire.Meta?.ApiVersion ?? throw EvidenceJson.Malformed(shown, What, "'meta.api-version' is missing");
        RequireMajorVersion1(apiVersion, shown);
        return new SimpleProjectPage
        {
            Index = index,
            Name = EvidenceJson.Required(wire.Name, shown, What, "name"),
            Format = SimplePageFormat.Json,
            ApiVersion = apiVersion,
            LastSerial = wire.Meta.LastSerial,
            Status = wire.ProjectStatus?.Status is { Length: > 0 } status ? new SimpleProjectStatus(status, wire.ProjectStatus.Reason) : SimpleProjectStatus.Active,
            Versions = wire.Versions ?? [],
            Files = (wire.Files ?? []).Select(f => ToFile(f ?? throw EvidenceJson.Malformed(shown, What, "files[] holds a null item"), pageUrl, shown)).ToList(),
        };
    }

    internal static void RequireMajorVersion1(string apiVersion, string shown)
    {
        var major = apiVersion.Split('.')[0];
        if (major != "1")
        {
            throw EvidenceJson.Malformed(shown, What, $"api-version {apiVersion} is not supported (only 1.x)");
        }
    }

    private static SimpleFile ToFile(SimpleFileWire file, Uri pageUrl, string shown)
    {
        var filename = EvidenceJson.Required(file.Filename, shown, What, "files[].filename");
        var (yanked, reason) = Yanked(file.Yanked, shown);
        return new SimpleFile
        {
            Filename = filename,
            Url = Resolve(pageUrl, EvidenceJson.Required(file.Url, shown, What, "files[].url"), shown),
            Hashes = Hashes(file.Hashes, shown),
            RequiresPython = file.RequiresPython,
            Size = file.Size,
            UploadTime = EvidenceJson.Time(file.UploadTime, shown, What),
            Yanked = yanked,
            YankedReason = reason,
            HasCoreMetadata = IsPresent(file.CoreMetadata) || IsPresent(file.DataDistInfoMetadata),
            Provenance = file.Provenance is null ? null : Resolve(pageUrl, file.Provenance, shown),
        };
    }

    private static Dictionary<string, string> Hashes(Dictionary<string, string?>? hashes, string shown)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in hashes ?? [])
        {
            // Hash names are case-insensitive: "sha256" and "SHA256" with two digests is a contradiction, not a choice.
            if (value is not null && !result.TryAdd(name.ToLowerInvariant(), value.ToLowerInvariant()))
            {
                throw EvidenceJson.Malformed(shown, What, $"the hash '{name}' appears twice in one file's hashes");
            }
        }

        return result;
    }

    private static (bool Yanked, string? Reason) Yanked(JsonElement? value, string shown) => value switch
    {
        null => (false, null),
        { ValueKind: JsonValueKind.Null or JsonValueKind.False } => (false, null),
        { ValueKind: JsonValueKind.True } => (true, null),
        { ValueKind: JsonValueKind.String } reason => (true, reason.GetString() is { Length: > 0 } text ? text : null),
        _ => throw EvidenceJson.Malformed(shown, What, "'yanked' is neither a boolean nor a reason"),
    };

    private static bool IsPresent(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.True or JsonValueKind.Object };

    internal static Uri Resolve(Uri pageUrl, string reference, string shown) =>
        Uri.TryCreate(pageUrl, reference, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)
            ? url
            : throw EvidenceJson.Malformed(shown, What, $"'{reference}' is not an HTTP(S) URL");
}
