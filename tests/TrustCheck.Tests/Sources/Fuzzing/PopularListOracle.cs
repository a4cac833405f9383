using System.Text.Json;
using TrustCheck.Packaging;

namespace TrustCheck.Tests.Sources.Fuzzing;

/// <summary>
/// What the popular list means, worked out with the document model instead of a reader: the rows' names and counts
/// and the update, or null when the document is not the list. The reference <c>PopularListReader</c> is compared
/// with; the grammar is the same (other properties ignored, a repeated property's last value kept, null counts 0).
/// </summary>
internal static class PopularListOracle
{
    public sealed record Result(IReadOnlyList<(string Project, long Downloads)> Rows, string? LastUpdate);

    public static Result? Read(byte[] body)
    {
        if (!System.Text.Unicode.Utf8.IsValid(body))
        {
            return null;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException)
        {
            return null;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var update = Last(root, "last_update");
            var rows = Last(root, "rows");
            if (update is { ValueKind: not (JsonValueKind.String or JsonValueKind.Null) } || rows is not { ValueKind: JsonValueKind.Array } list)
            {
                return null;
            }

            var read = new List<(string, long)>();
            foreach (var row in list.EnumerateArray())
            {
                if (row.ValueKind != JsonValueKind.Object)
                {
                    return null;
                }

                var project = Last(row, "project");
                var count = Last(row, "download_count");
                if (project is { ValueKind: not (JsonValueKind.String or JsonValueKind.Null) }
                    || count is { ValueKind: not (JsonValueKind.Number or JsonValueKind.Null) }
                    || !PackageName.IsValid(project is { ValueKind: JsonValueKind.String } p ? p.GetString() : null))
                {
                    return null;
                }

                long downloads = 0;
                if (count is { ValueKind: JsonValueKind.Number } number && !number.TryGetInt64(out downloads))
                {
                    return null;
                }

                read.Add((project!.Value.GetString()!, downloads));
            }

            return new Result(read, update is { ValueKind: JsonValueKind.String } u ? u.GetString() : null);
        }
    }

    private static JsonElement? Last(JsonElement element, string name)
    {
        JsonElement? last = null;
        foreach (var property in element.EnumerateObject())
        {
            if (property.NameEquals(name))
            {
                last = property.Value;
            }
        }

        return last;
    }
}
