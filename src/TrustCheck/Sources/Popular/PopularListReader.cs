using System.Text.Json;
using TrustCheck.Packaging;

namespace TrustCheck.Sources.Popular;

/// <summary>
/// Reads the popular-projects list (hugovk/top-pypi-packages: <c>{"last_update": …, "rows": [{"project": …,
/// "download_count": …}, …]}</c>) in one pass of a JSON reader straight into <see cref="PopularPackageTable"/>'s two
/// arrays. Every run reads the 15,000 rows once, at start; deserializing them into row objects first was most of
/// that. The same grammar the serializer applied: other properties skipped, a repeated property's last value kept,
/// <c>null</c> for an absent count (0) or update, at most 64 levels of nesting.
/// </summary>
internal static class PopularListReader
{
    private const string What = "popular-packages list";

    /// <summary>Reads a list.</summary>
    /// <param name="body">The document.</param>
    /// <param name="source">Where it came from, for messages.</param>
    /// <returns>The list, most downloaded first.</returns>
    /// <exception cref="EvidenceSourceException">The document is not the list (<see cref="EvidenceErrorKind.Malformed"/>).</exception>
    public static PopularPackages Read(byte[] body, string source)
    {
        if (!System.Text.Unicode.Utf8.IsValid(body))
        {
            throw EvidenceJson.Malformed(source, What, "it is not UTF-8 text");
        }

        try
        {
            var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 64 });
            return ReadDocument(ref reader, source);
        }
        catch (JsonException error)
        {
            throw EvidenceJson.Malformed(source, What, error.Message, error);
        }
    }

    private static PopularPackages ReadDocument(ref Utf8JsonReader reader, string source)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            throw EvidenceJson.Malformed(source, What, "the document is null");
        }

        Expect(ref reader, JsonTokenType.StartObject, "the document", source);
        string? lastUpdate = null;
        (List<PackageName> Names, List<long> Downloads)? rows = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("last_update"u8))
            {
                reader.Read();
                lastUpdate = StringOrNull(ref reader, "'last_update'", source);
            }
            else if (reader.ValueTextEquals("rows"u8))
            {
                reader.Read();
                rows = reader.TokenType == JsonTokenType.Null ? null : ReadRows(ref reader, source);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        Expect(ref reader, JsonTokenType.EndObject, "the document", source);
        if (reader.Read())
        {
            throw EvidenceJson.Malformed(source, What, "there is more after the document");
        }

        var (names, downloads) = rows ?? throw EvidenceJson.Malformed(source, What, "'rows' is missing");
        var table = new PopularPackageTable([.. names], [.. downloads]);
        return new PopularPackages(table.MostDownloadedFirst(), lastUpdate);
    }

    private static (List<PackageName>, List<long>) ReadRows(ref Utf8JsonReader reader, string source)
    {
        Expect(ref reader, JsonTokenType.StartArray, "'rows'", source);
        var names = new List<PackageName>(16 * 1024);
        var downloads = new List<long>(16 * 1024);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                throw EvidenceJson.Malformed(source, What, $"row {names.Count + 1} is null");
            }

            Expect(ref reader, JsonTokenType.StartObject, $"row {names.Count + 1}", source);
            string? project = null;
            long? count = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("project"u8))
                {
                    reader.Read();
                    project = StringOrNull(ref reader, $"row {names.Count + 1}'s 'project'", source);
                }
                else if (reader.ValueTextEquals("download_count"u8))
                {
                    reader.Read();
                    count = reader.TokenType == JsonTokenType.Null ? null
                        : reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var value) ? value
                        : throw EvidenceJson.Malformed(source, What, $"row {names.Count + 1}'s 'download_count' is not a whole number");
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }

            if (!PackageName.TryParse(project, out var name))
            {
                throw EvidenceJson.Malformed(source, What, $"'{project}' is not a project name");
            }

            names.Add(name);
            downloads.Add(count ?? 0);
        }

        return (names, downloads);
    }

    private static string? StringOrNull(ref Utf8JsonReader reader, string what, string source) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.String => reader.GetString(),
        _ => throw EvidenceJson.Malformed(source, What, $"{what} is a {reader.TokenType}, not a String"),
    };

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType expected, string what, string source)
    {
        if (reader.TokenType != expected)
        {
            throw EvidenceJson.Malformed(source, What, $"{what} is a {reader.TokenType}, not a {expected}");
        }
    }
}
