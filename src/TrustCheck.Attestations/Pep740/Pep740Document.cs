using System.Text.Json;
using TrustCheck.Attestations.Verification;

namespace TrustCheck.Attestations.Pep740;

/// <summary>
/// Tells which PEP 740 document a JSON text is, before anything is verified: a provenance object has
/// <c>attestation_bundles</c>, an attestation has <c>verification_material</c> and <c>envelope</c>. Anything else
/// (an array, <c>null</c>, a string, a number, another object, text that is not UTF-8 JSON) is neither.
/// </summary>
public static class Pep740Document
{
    /// <summary>The largest provenance or attestation document read, in bytes.</summary>
    public const int MaxDocumentBytes = 16 * 1024 * 1024;

    /// <summary>Detects the kind of a PEP 740 document.</summary>
    /// <param name="json">The document's bytes.</param>
    /// <param name="kind">The kind, on success.</param>
    /// <returns>Null when the document is a provenance object or an attestation, otherwise why it is neither.</returns>
    public static VerificationFailure? TryDetect(ReadOnlySpan<byte> json, out Pep740DocumentKind kind)
    {
        kind = default;
        if (json.Length > MaxDocumentBytes)
        {
            return Fail($"the document is {json.Length} bytes, more than the {MaxDocumentBytes} accepted");
        }

        if (!System.Text.Unicode.Utf8.IsValid(json))
        {
            return Fail("the document is not UTF-8 text");
        }

        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 64 });
        try
        {
            using var document = JsonDocument.ParseValue(ref reader);

            // ParseValue stops after the first value; reading on makes anything after it an error (the reader allows no
            // second value), as the verifier's full parse of the document would.
            if (reader.Read())
            {
                return Fail("the document has data after its JSON value");
            }

            return TryDetect(document.RootElement, out kind);
        }
        catch (JsonException error)
        {
            return Fail($"the document is not JSON: {error.Message}");
        }
    }

    /// <summary>Detects the kind of a parsed PEP 740 document.</summary>
    /// <param name="root">The document's root element.</param>
    /// <param name="kind">The kind, on success.</param>
    /// <returns>Null when the element is a provenance object or an attestation, otherwise why it is neither.</returns>
    public static VerificationFailure? TryDetect(JsonElement root, out Pep740DocumentKind kind)
    {
        kind = default;
        if (root.ValueKind != JsonValueKind.Object)
        {
            return Fail($"the document is a JSON {root.ValueKind.ToString().ToLowerInvariant()}, not a PEP 740 provenance object or attestation");
        }

        if (root.TryGetProperty("attestation_bundles", out var bundles) && bundles.ValueKind == JsonValueKind.Array)
        {
            kind = Pep740DocumentKind.Provenance;
            return null;
        }

        if (root.TryGetProperty("verification_material", out var material) && material.ValueKind == JsonValueKind.Object
            && root.TryGetProperty("envelope", out var envelope) && envelope.ValueKind == JsonValueKind.Object)
        {
            kind = Pep740DocumentKind.Attestation;
            return null;
        }

        return Fail("the document is not a PEP 740 provenance object (no 'attestation_bundles' list) or attestation (no 'verification_material' and 'envelope')");
    }

    private static VerificationFailure Fail(string reason) => new(VerificationStage.Bundle, reason);
}
