using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Xunit;
using TrustCheck.Attestations.Tuf;

namespace TrustCheck.Attestations.Tests.Fuzzing;

/// <summary>
/// Properties of <see cref="CanonicalJson"/> on generated JSON documents: the encoding is a fixed point (encoding
/// the parsed encoding gives the same bytes), and neither whitespace nor key order changes it, while a changed value does.
/// </summary>
[Properties(MaxTest = 300)]
public sealed class CanonicalJsonPropertyTests
{
    [Property]
    public void Encode_ParsedEncoding_IsAFixedPoint(int seed)
    {
        var encoded = Encode(Generate(new Random(seed), 0));

        Assert.Equal(encoded, CanonicalJson.Encode(JsonDocument.Parse(encoded).RootElement));
    }

    [Property]
    public void Encode_IndentedAndReordered_GivesTheSameBytes(int seed)
    {
        var node = Generate(new Random(seed), 0);
        var reordered = Reverse(node.DeepClone());
        var indented = Encoding.UTF8.GetBytes(reordered.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));

        Assert.Equal(Encode(node), CanonicalJson.Encode(JsonDocument.Parse(indented).RootElement));
    }

    [Property]
    public void Encode_AChangedValue_GivesOtherBytes(int seed, PositiveInt change)
    {
        var node = Generate(new Random(seed), 0);
        var changed = node.DeepClone();
        var leaves = Leaves(changed).ToList();
        if (leaves.Count == 0)
        {
            return;
        }

        var (parent, key) = leaves[change.Get % leaves.Count];
        var replacement = JsonValue.Create("changed " + change.Get);
        if (key is string name)
        {
            parent[name] = replacement;
        }
        else
        {
            parent.AsArray()[(int)key] = replacement;
        }

        Assert.NotEqual(Encode(node), Encode(changed));
    }

    private static byte[] Encode(JsonNode node) => CanonicalJson.Encode(JsonDocument.Parse(node.ToJsonString()).RootElement);

    private static JsonNode Generate(Random random, int depth)
    {
        switch (depth > 3 ? random.Next(4) : random.Next(6))
        {
            case 0:
                return JsonValue.Create(random.NextInt64(long.MinValue, long.MaxValue));
            case 1:
                return JsonValue.Create(RandomText(random));
            case 2:
                return JsonValue.Create(random.Next(2) == 0);
            case 3:
                return JsonValue.Create(RandomText(random) + "\"\\\u00e9\U0001F600");
            case 4:
                var array = new JsonArray();
                for (var i = random.Next(4); i > 0; i--)
                {
                    array.Add(Generate(random, depth + 1));
                }

                return array;
            default:
                var obj = new JsonObject();
                for (var i = random.Next(5); i > 0; i--)
                {
                    obj[RandomText(random)] = Generate(random, depth + 1);
                }

                return obj;
        }
    }

    private static string RandomText(Random random)
    {
        const string alphabet = "abcAB_-09 \u00e9\u00fc\u4e2d";
        return new string([.. Enumerable.Range(0, random.Next(1, 8)).Select(_ => alphabet[random.Next(alphabet.Length)])]) + (random.Next(4) == 0 ? "\U0001F600" : string.Empty);
    }

    private static JsonNode Reverse(JsonNode node)
    {
        if (node is JsonObject obj)
        {
            var properties = obj.ToList();
            obj.Clear();
            foreach (var (name, value) in Enumerable.Reverse(properties))
            {
                obj[name] = value is null ? null : Reverse(value);
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var item in array.OfType<JsonNode>())
            {
                Reverse(item);
            }
        }

        return node;
    }

    private static IEnumerable<(JsonNode Parent, object Key)> Leaves(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj.ToList())
                {
                    if (value is JsonValue)
                    {
                        yield return (obj, name);
                    }
                    else if (value is not null)
                    {
                        foreach (var leaf in Leaves(value))
                        {
                            yield return leaf;
                        }
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonValue)
                    {
                        yield return (array, i);
                    }
                    else if (array[i] is { } child)
                    {
                        foreach (var leaf in Leaves(child))
                        {
                            yield return leaf;
                        }
                    }
                }

                break;
        }
    }
}
