using System.Globalization;
using System.Text.Json.Nodes;

namespace TrustCheck.TestKit.FailClosed;

/// <summary>Edits of attestation, provenance and trusted-root JSON for fail-closed rows; each throws when the input it edits is absent, so a row cannot pass by editing nothing.</summary>
public static class FailClosedEdits
{
    /// <summary>The attestation's <c>verification_material</c>.</summary>
    public static JsonObject Material(JsonObject attestation) => Required(attestation, "verification_material").AsObject();

    /// <summary>The attestation's (first) transparency-log entry.</summary>
    public static JsonObject Entry(JsonObject attestation) => Required(Material(attestation), "transparency_entries")[0]!.AsObject();

    /// <summary>The entry's inclusion proof.</summary>
    public static JsonObject Proof(JsonObject attestation) => Required(Entry(attestation), "inclusionProof").AsObject();

    /// <summary>The entry's inclusion promise.</summary>
    public static JsonObject Promise(JsonObject attestation) => Required(Entry(attestation), "inclusionPromise").AsObject();

    /// <summary>The provenance's first attestation bundle.</summary>
    public static JsonObject FirstBundle(JsonObject provenance) => Required(provenance, "attestation_bundles")[0]!.AsObject();

    /// <summary>Removes a property that must be present.</summary>
    public static void Remove(JsonObject parent, string property)
    {
        ArgumentNullException.ThrowIfNull(parent);
        if (!parent.Remove(property))
        {
            throw new InvalidOperationException($"nothing to remove: '{property}' is absent");
        }
    }

    /// <summary>Flips the lowest bit of the last byte of a base64 string property (for DER signatures and certificates: the last byte of the signature value).</summary>
    public static void FlipLastByte(JsonObject parent, string property)
    {
        var bytes = Convert.FromBase64String(Required(parent, property).GetValue<string>());
        bytes[^1] ^= 0x01;
        parent[property] = Convert.ToBase64String(bytes);
    }

    /// <summary>Flips the lowest bit of the last byte of a base64 string in an array.</summary>
    public static void FlipLastByte(JsonArray array, int index)
    {
        ArgumentNullException.ThrowIfNull(array);
        var bytes = Convert.FromBase64String(array[index]!.GetValue<string>());
        bytes[^1] ^= 0x01;
        array[index] = Convert.ToBase64String(bytes);
    }

    /// <summary>Adds <paramref name="delta"/> to an integer carried as a string (protobuf JSON int64).</summary>
    public static void AddToInt64(JsonObject parent, string property, long delta)
    {
        var value = long.Parse(Required(parent, property).GetValue<string>(), CultureInfo.InvariantCulture);
        parent[property] = (value + delta).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Flips a bit in the signature on the last signature line of a checkpoint (C2SP signed note): the key hint stays, the signature breaks.</summary>
    public static void FlipCheckpointSignature(JsonObject proof)
    {
        var checkpoint = Required(proof, "checkpoint").AsObject();
        var envelope = Required(checkpoint, "envelope").GetValue<string>();
        var lines = envelope.TrimEnd('\n').Split('\n');
        var words = lines[^1].Split(' ');
        var bytes = Convert.FromBase64String(words[^1]);
        bytes[^1] ^= 0x01;
        words[^1] = Convert.ToBase64String(bytes);
        lines[^1] = string.Join(' ', words);
        checkpoint["envelope"] = string.Join('\n', lines) + "\n";
    }

    /// <summary>Sets a trusted-root validity window (<c>validFor</c>) on an entry, or on its <c>publicKey</c> for logs.</summary>
    public static void SetWindow(JsonObject holder, DateTimeOffset start, DateTimeOffset? end)
    {
        var validFor = new JsonObject { ["start"] = start.ToString("O", CultureInfo.InvariantCulture) };
        if (end is { } last)
        {
            validFor["end"] = last.ToString("O", CultureInfo.InvariantCulture);
        }

        var target = holder?["publicKey"] is JsonObject key ? key : holder ?? throw new ArgumentNullException(nameof(holder));
        target["validFor"] = validFor;
    }

    /// <summary>The <paramref name="index"/>th entry of a trusted-root list (<c>tlogs</c>, <c>ctlogs</c>, <c>certificateAuthorities</c>, <c>timestampAuthorities</c>).</summary>
    public static JsonObject RootEntry(JsonObject root, string list, int index = 0) => Required(root, list)[index]!.AsObject();

    private static JsonNode Required(JsonObject parent, string property)
    {
        ArgumentNullException.ThrowIfNull(parent);
        return parent[property] ?? throw new InvalidOperationException($"the edited JSON has no '{property}'");
    }
}
