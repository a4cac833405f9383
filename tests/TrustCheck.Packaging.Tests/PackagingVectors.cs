using System.Text.Json;
using TrustCheck.TestKit;

namespace TrustCheck.Packaging.Tests;

/// <summary>Reads the pypa/packaging test vectors in <c>../shared/vectors/packaging</c> in place.</summary>
internal static class PackagingVectors
{
    private static readonly Dictionary<string, JsonElement> Cache = [];
    private static readonly Lock CacheLock = new();

    /// <summary>The root element of a vector file, parsed once per test run.</summary>
    public static JsonElement File(string fileName)
    {
        lock (CacheLock)
        {
            if (!Cache.TryGetValue(fileName, out var root))
            {
                using var document = SharedData.ReadJson("vectors/packaging/" + fileName);
                root = document.RootElement.Clone();
                Cache[fileName] = root;
            }

            return root;
        }
    }

    /// <summary>The cases of one section of a dict-shaped vector file.</summary>
    public static IEnumerable<JsonElement> Section(string fileName, string section) =>
        File(fileName).GetProperty(section).EnumerateArray();

    /// <summary>The cases of a list-shaped vector file with the given <c>kind</c>.</summary>
    public static IEnumerable<JsonElement> OfKind(string fileName, string kind) =>
        File(fileName).EnumerateArray().Where(c => c.GetProperty("kind").GetString() == kind);

    /// <summary>Theory rows carrying the raw JSON of each case (xunit shows it as the case's name).</summary>
    public static TheoryData<string> Rows(IEnumerable<JsonElement> cases)
    {
        var data = new TheoryData<string>();
        foreach (var item in cases)
        {
            data.Add(item.GetRawText());
        }

        return data;
    }

    /// <summary>Parses a row back into JSON.</summary>
    public static JsonElement Parse(string row) => JsonDocument.Parse(row).RootElement;

    /// <summary>A string property, or null when it is JSON null or absent.</summary>
    public static string? OptionalString(this JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>A bool property, or null when it is JSON null or absent.</summary>
    public static bool? OptionalBool(this JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean() : null;

    /// <summary>An integer property, or null when it is JSON null or absent.</summary>
    public static long? OptionalInt64(this JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt64() : null;

    /// <summary>The strings of an array.</summary>
    public static string[] Strings(this JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];
}
