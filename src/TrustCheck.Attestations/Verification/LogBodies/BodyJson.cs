using System.Security.Cryptography;
using System.Text.Json;
using TrustCheck.Attestations.Codecs;

namespace TrustCheck.Attestations.Verification.LogBodies;

/// <summary>Small, failure-tolerant readers over a parsed entry body.</summary>
internal static class BodyJson
{
    public static string? String(JsonElement element, params ReadOnlySpan<string> path)
    {
        foreach (var name in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
            {
                return null;
            }
        }

        return element.ValueKind == JsonValueKind.String ? element.GetString() : null;
    }

    public static JsonElement? Element(JsonElement element, params ReadOnlySpan<string> path)
    {
        foreach (var name in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
            {
                return null;
            }
        }

        return element;
    }

    /// <summary>Decodes a base64 string property (straight from the JSON in the common case), as every reader does.</summary>
    public static byte[]? Bytes(JsonElement element, params ReadOnlySpan<string> path) =>
        Element(element, path) is { } value && Base64Text.TryDecode(value, out var bytes) ? bytes : null;

    /// <summary>True when a string property equals <paramref name="expected"/>, compared on the UTF-8 bytes.</summary>
    public static bool Equals(JsonElement element, string expected, params ReadOnlySpan<string> path) =>
        Element(element, path) is { ValueKind: JsonValueKind.String } value && value.ValueEquals(expected);

    public static byte[]? Base64(string? text) => Base64Text.TryDecode(text, out var bytes) ? bytes : null;

    /// <summary>Decodes the first PEM block of <paramref name="pemBytes"/> to DER when its label is <paramref name="label"/>.</summary>
    public static byte[]? PemBlock(byte[]? pemBytes, ReadOnlySpan<byte> label)
    {
        if (pemBytes is null ||
            !PemEncoding.TryFindUtf8(pemBytes, out var fields) ||
            !pemBytes.AsSpan()[fields.Label].SequenceEqual(label))
        {
            return null;
        }

        var der = new byte[fields.DecodedDataLength];
        return System.Buffers.Text.Base64.DecodeFromUtf8(pemBytes.AsSpan()[fields.Base64Data], der, out _, out var written) == System.Buffers.OperationStatus.Done && written == der.Length
            ? der
            : null;
    }

    public static bool SameBytes(ReadOnlySpan<byte> a, byte[]? b) => b is not null && a.SequenceEqual(b);
}
