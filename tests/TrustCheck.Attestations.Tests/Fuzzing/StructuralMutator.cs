using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TrustCheck.TestKit.Fuzzing;

namespace TrustCheck.Attestations.Tests.Fuzzing;

/// <summary>
/// Mutates a JSON document below its syntax, where raw-byte mutation rarely reaches: it decodes a base64 field
/// (certificate DER, DSSE payload and signature, log body, promise, proof hashes, timestamps), mutates the bytes
/// and re-encodes them; or mutates a text (checkpoint note, publisher, kind) or an integer (log index, tree size,
/// integrated time); or removes a property or removes or duplicates an array item. The result is valid JSON (a seed
/// that is not JSON gets a raw-byte mutation instead).
/// </summary>
internal static class StructuralMutator
{
    private static readonly HashSet<string> Base64Fields = new(StringComparer.Ordinal)
    {
        "certificate", "statement", "signature", "canonicalizedBody", "signedEntryTimestamp", "rootHash", "keyId", "rawBytes",
        "sig", "payload", "signedTimestamp", "digest", "hashes", "timestamps",
    };

    private static readonly HashSet<string> IntegerFields = new(StringComparer.Ordinal) { "logIndex", "integratedTime", "treeSize", "version" };

    private static readonly long[] InterestingIntegers = [0, 1, -1, 2, long.MaxValue, long.MinValue, int.MaxValue, 1L << 32];

    /// <summary>A mutated copy of <paramref name="json"/> (one to three field mutations).</summary>
    public static byte[] Mutate(byte[] json, Random random)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json);
        }
        catch (JsonException)
        {
            root = null;
        }

        if (root is null)
        {
            return ByteMutator.Mutate(json, random);
        }

        var rounds = 1 + random.Next(3);
        for (var round = 0; round < rounds; round++)
        {
            var leaves = new List<(JsonNode Parent, object Key, string Field)>();
            Collect(root, string.Empty, leaves);
            if (leaves.Count == 0)
            {
                break;
            }

            var (parent, key, field) = leaves[random.Next(leaves.Count)];
            MutateOne(parent, key, field, random);
        }

        return JsonSerializer.SerializeToUtf8Bytes(root);
    }

    private static void Collect(JsonNode node, string field, List<(JsonNode, object, string)> leaves)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj.ToList())
                {
                    if (value is null)
                    {
                        continue;
                    }

                    leaves.Add((obj, name, name));
                    Collect(value, name, leaves);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is { } item)
                    {
                        leaves.Add((array, i, field));
                        Collect(item, field, leaves);
                    }
                }

                break;
        }
    }

    private static void MutateOne(JsonNode parent, object key, string field, Random random)
    {
        var current = key is string name ? parent[name] : parent[(int)key];
        if (random.Next(10) == 0)
        {
            Restructure(parent, key, random);
            return;
        }

        JsonNode? replacement = current switch
        {
            JsonValue value when value.GetValueKind() == JsonValueKind.String && Base64Fields.Contains(field) => MutateBase64(value.GetValue<string>(), random),
            JsonValue value when IntegerFields.Contains(field) => MutateInteger(value, random),
            JsonValue value when value.GetValueKind() == JsonValueKind.String => MutateText(value.GetValue<string>(), random),
            JsonValue value when value.GetValueKind() == JsonValueKind.Number => JsonValue.Create(random.Next(-2, 3)),
            _ => null,
        };
        if (replacement is null)
        {
            Restructure(parent, key, random);
            return;
        }

        Set(parent, key, replacement);
    }

    private static JsonValue MutateBase64(string text, Random random)
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(text.Replace("\n", string.Empty, StringComparison.Ordinal));
        }
        catch (FormatException)
        {
            return MutateText(text, random);
        }

        return JsonValue.Create(Convert.ToBase64String(ByteMutator.Mutate(bytes, random)));
    }

    private static JsonValue MutateText(string text, Random random) =>
        JsonValue.Create(Encoding.UTF8.GetString(ByteMutator.Mutate(Encoding.UTF8.GetBytes(text), random)));

    private static JsonValue MutateInteger(JsonValue value, Random random)
    {
        var isString = value.GetValueKind() == JsonValueKind.String;
        long.TryParse(isString ? value.GetValue<string>() : value.ToJsonString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number);
        var mutated = random.Next(4) switch
        {
            0 => unchecked(number + (random.Next(2) == 0 ? 1 : -1)),
            1 => number ^ (1L << random.Next(64)),
            2 => InterestingIntegers[random.Next(InterestingIntegers.Length)],
            _ => random.NextInt64(),
        };
        return isString ? JsonValue.Create(mutated.ToString(CultureInfo.InvariantCulture)) : JsonValue.Create(mutated);
    }

    private static void Restructure(JsonNode parent, object key, Random random)
    {
        switch (parent)
        {
            case JsonObject obj:
                obj.Remove((string)key);
                break;
            case JsonArray array when random.Next(2) == 0:
                array.RemoveAt((int)key);
                break;
            case JsonArray array:
                array.Insert((int)key, array[(int)key]?.DeepClone());
                break;
        }
    }

    private static void Set(JsonNode parent, object key, JsonNode value)
    {
        if (key is string name)
        {
            parent[name] = value;
        }
        else
        {
            parent.AsArray()[(int)key] = value;
        }
    }
}
