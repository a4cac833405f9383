using System.Text.Json;
using System.Text.Json.Nodes;
using TrustCheck.TestKit;

namespace TrustCheck.Attestations.Tests.Fuzzing;

/// <summary>Edits of the real vectors made in memory for one test (the shared files are read in place, never copied).</summary>
internal static class VectorEdits
{
    /// <summary>The P-256 curve OID's DER (1.2.840.10045.3.1.7).</summary>
    public static readonly byte[] P256Oid = [0x06, 0x08, 0x2A, 0x86, 0x48, 0xCE, 0x3D, 0x03, 0x01, 0x07];

    /// <summary>The same length, naming a curve no platform knows (1.2.840.10045.3.113.7), as the fuzzer found.</summary>
    public static readonly byte[] UnknownCurveOid = [0x06, 0x08, 0x2A, 0x86, 0x48, 0xCE, 0x3D, 0x03, 0x71, 0x07];

    /// <summary>A shared JSON file parsed, edited and serialized again.</summary>
    public static byte[] Edit(string relativePath, Action<JsonObject> edit)
    {
        var node = JsonNode.Parse(File.ReadAllBytes(SharedData.PathOf(relativePath)))!.AsObject();
        edit(node);
        return JsonSerializer.SerializeToUtf8Bytes(node);
    }

    /// <summary>The array with its first item repeated until it holds <paramref name="count"/> items.</summary>
    public static void Repeat(JsonNode? array, int count)
    {
        var items = array!.AsArray();
        while (items.Count < count)
        {
            items.Add(items[0]!.DeepClone());
        }
    }

    /// <summary>Base64 text with the P-256 curve OID inside its bytes replaced by an unknown one.</summary>
    public static string WithUnknownCurve(string base64)
    {
        var bytes = Convert.FromBase64String(base64);
        var at = bytes.AsSpan().IndexOf(P256Oid);
        Assert.True(at >= 0, "no P-256 curve OID in the key");
        UnknownCurveOid.CopyTo(bytes, at);
        return Convert.ToBase64String(bytes);
    }
}
