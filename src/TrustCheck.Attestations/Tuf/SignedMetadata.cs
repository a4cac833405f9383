using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using TrustCheck.Attestations.Crypto;
using TrustCheck.Attestations.Verification;

namespace TrustCheck.Attestations.Tuf;

/// <summary>
/// A TUF metadata file: the <c>signed</c> object exactly as parsed (signatures cover its canonical JSON, never a
/// re-serialized model), its signatures, type, version and expiry.
/// </summary>
internal sealed partial class SignedMetadata
{
    private SignedMetadata(JsonElement signed, byte[] canonical, IReadOnlyList<(string KeyId, byte[] Signature)> signatures, string type, long version, DateTimeOffset expires, byte[] raw)
    {
        Signed = signed;
        Canonical = canonical;
        Signatures = signatures;
        Type = type;
        Version = version;
        Expires = expires;
        Raw = raw;
    }

    public JsonElement Signed { get; }

    public byte[] Canonical { get; }

    public IReadOnlyList<(string KeyId, byte[] Signature)> Signatures { get; }

    public string Type { get; }

    public long Version { get; }

    public DateTimeOffset Expires { get; }

    public byte[] Raw { get; }

    /// <summary>TUF: metadata is expired when now ≥ expires.</summary>
    public bool IsExpiredAt(DateTimeOffset now) => now >= Expires;

    public static VerificationFailure? TryParse(byte[] raw, string expectedType, out SignedMetadata? metadata)
    {
        metadata = null;
        if (!System.Text.Unicode.Utf8.IsValid(raw))
        {
            return Fail($"{expectedType} metadata is not valid UTF-8 text");
        }

        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(raw, new JsonDocumentOptions { MaxDepth = 32 });
            root = document.RootElement.Clone();
        }
        catch (JsonException error)
        {
            return Fail($"{expectedType} metadata is not JSON: {error.Message}");
        }

        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("signed", out var signed) || signed.ValueKind != JsonValueKind.Object ||
            !root.TryGetProperty("signatures", out var signatures) || signatures.ValueKind != JsonValueKind.Array)
        {
            return Fail($"{expectedType} metadata lacks signed or signatures");
        }

        if (Text(signed, "_type") != expectedType)
        {
            return Fail($"expected {expectedType} metadata, got '{Text(signed, "_type")}'");
        }

        if (!signed.TryGetProperty("version", out var versionElement) || versionElement.ValueKind != JsonValueKind.Number ||
            !versionElement.TryGetInt64(out var version) || version < 1)
        {
            return Fail($"{expectedType} metadata has no positive integer version");
        }

        if (!TryParseExpiry(Text(signed, "expires"), out var expires))
        {
            return Fail($"{expectedType} metadata has an unreadable expiry '{Text(signed, "expires")}'");
        }

        var parsedSignatures = new List<(string, byte[])>();
        foreach (var signature in signatures.EnumerateArray())
        {
            var keyId = Text(signature, "keyid");
            var hex = Text(signature, "sig");
            if (keyId is null || hex is null)
            {
                return Fail($"a signature of {expectedType} metadata lacks keyid or sig");
            }

            byte[] bytes;
            try
            {
                bytes = Convert.FromHexString(hex);
            }
            catch (FormatException)
            {
                return Fail($"a signature of {expectedType} metadata is not hex");
            }

            parsedSignatures.Add((keyId, bytes));
        }

        byte[] canonical;
        try
        {
            canonical = CanonicalJson.Encode(signed);
        }
        catch (FormatException error)
        {
            return Fail($"{expectedType} metadata cannot be canonicalized: {error.Message}");
        }

        metadata = new SignedMetadata(signed, canonical, parsedSignatures, expectedType, version, expires, raw);
        return null;
    }

    /// <summary>
    /// Requires <paramref name="role"/>'s threshold of distinct, valid signatures by its own keys. Signatures by
    /// other keys and empty signatures are ignored; a key ID that signs twice is rejected outright.
    /// </summary>
    public VerificationFailure? VerifyThreshold(TufRole role, IReadOnlyDictionary<string, VerificationKey> keys)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (keyId, _) in Signatures)
        {
            if (!seen.Add(keyId))
            {
                return Fail($"{Type} v{Version} carries two signatures by key {keyId}");
            }
        }

        var valid = 0;
        foreach (var (keyId, signature) in Signatures)
        {
            if (signature.Length > 0 && role.KeyIds.Contains(keyId, StringComparer.Ordinal) &&
                keys.TryGetValue(keyId, out var key) && key.Verify(Canonical, signature))
            {
                valid++;
            }
        }

        return valid >= role.Threshold
            ? null
            : Fail($"{Type} v{Version} was signed by {valid}/{role.Threshold} of the {role.Name} role's keys");
    }

    public static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool TryParseExpiry(string? text, out DateTimeOffset expires)
    {
        expires = default;
        if (text is null)
        {
            return false;
        }

        // Old roots carry nanosecond fractions; .NET reads at most seven fractional digits.
        var trimmed = LongFraction().Replace(text, m => m.Groups[1].Value);
        return DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out expires);
    }

    [GeneratedRegex(@"(\.[0-9]{1,7})[0-9]+")]
    private static partial Regex LongFraction();

    private static VerificationFailure Fail(string reason) => new(VerificationStage.TrustRoot, "TUF: " + reason);
}
