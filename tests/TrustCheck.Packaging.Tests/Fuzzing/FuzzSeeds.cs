using System.Text;
using System.Text.Json;
using TrustCheck.TestKit;
using TrustCheck.TestKit.Fuzzing;

namespace TrustCheck.Packaging.Tests.Fuzzing;

/// <summary>Seeds and input makers shared by the packaging fuzz campaigns; real files are read in place.</summary>
internal static class FuzzSeeds
{
    private static readonly UTF8Encoding Lenient = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>Every string value (at any depth) of a JSON file under <c>../shared</c>.</summary>
    public static IEnumerable<string> Strings(string sharedPath)
    {
        using var document = SharedData.ReadJson(sharedPath);
        return Walk(document.RootElement).ToArray();
    }

    /// <summary>The string values of one property name, at any depth, of a JSON file under <c>../shared</c>.</summary>
    public static IEnumerable<string> Property(string sharedPath, string name)
    {
        using var document = SharedData.ReadJson(sharedPath);
        return Named(document.RootElement, name).ToArray();
    }

    /// <summary>The text a string parser sees for a byte input (invalid UTF-8 becomes U+FFFD, as a caller's decoder would).</summary>
    public static string Text(byte[] input) => Lenient.GetString(input);

    /// <summary>Even inputs mutate a seed, odd ones are grammar token soup: both kinds in every campaign.</summary>
    public static Func<Random, int, byte[]> MutateOrSoup(IReadOnlyList<string> seeds, IReadOnlyList<string> vocabulary, int maxTokens = 24) =>
        TokenSoup.OrMutations([.. seeds.Select(Encoding.UTF8.GetBytes)], vocabulary, maxTokens);

    private static IEnumerable<string> Walk(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Walk),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Walk(p.Value)),
        _ => [],
    };

    private static IEnumerable<string> Named(JsonElement element, string name) => element.ValueKind switch
    {
        JsonValueKind.Array => element.EnumerateArray().SelectMany(e => Named(e, name)),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p =>
            p.NameEquals(name) && p.Value.ValueKind == JsonValueKind.String ? [p.Value.GetString()!] : Named(p.Value, name)),
        _ => [],
    };
}
