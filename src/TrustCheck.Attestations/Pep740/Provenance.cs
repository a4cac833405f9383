using System.Text.Json;
using TrustCheck.Attestations.Json;
using TrustCheck.Attestations.Limits;
using TrustCheck.Attestations.Verification;

namespace TrustCheck.Attestations.Pep740;

/// <summary>
/// A PEP 740 provenance object as the PyPI Integrity API serves it: version 1 and a list of attestation bundles,
/// each with its publisher. Unknown keys are ignored.
/// </summary>
public sealed record Provenance(IReadOnlyList<AttestationBundle> Bundles)
{
    private const int MaxDocumentBytes = 16 * 1024 * 1024;

    /// <summary>Parses a provenance object.</summary>
    /// <param name="json">The UTF-8 JSON.</param>
    /// <param name="provenance">The provenance, when well formed.</param>
    /// <returns>Null on success, otherwise why the object is malformed.</returns>
    public static VerificationFailure? TryParse(ReadOnlySpan<byte> json, out Provenance? provenance)
    {
        provenance = null;
        if (json.Length > MaxDocumentBytes)
        {
            return Fail($"the provenance is {json.Length} bytes, more than the {MaxDocumentBytes} accepted");
        }

        var notUtf8 = Utf8Input.Check(json, VerificationStage.Bundle, "the provenance");
        if (notUtf8 is not null)
        {
            return notUtf8;
        }

        ProvenanceDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(json, AttestationJsonContext.Default.ProvenanceDocument);
        }
        catch (JsonException error)
        {
            return Fail($"the provenance is not valid JSON of the PEP 740 shape: {error.Message}");
        }

        if (document is null || !JsonInt64.TryRead(document.Version, out var version) || version != 1)
        {
            return Fail("the provenance's version is not 1");
        }

        if (document.AttestationBundles is null)
        {
            return Fail("the provenance has no attestation_bundles list");
        }

        var attestationCount = document.AttestationBundles.Sum(b => b?.Attestations?.Count ?? 0);
        if (attestationCount > InputLimits.MaxAttestations)
        {
            return Fail($"the provenance holds {attestationCount} attestations, more than the {InputLimits.MaxAttestations} accepted");
        }

        var bundles = new List<AttestationBundle>();
        foreach (var bundle in document.AttestationBundles)
        {
            if (bundle.Publisher is not { } publisherElement)
            {
                return Fail("an attestation bundle has no publisher");
            }

            var publisherFailure = PublisherReader.TryRead(publisherElement, out var publisher);
            if (publisherFailure is not null)
            {
                return publisherFailure;
            }

            if (bundle.Attestations is not { Count: > 0 } attestations)
            {
                return Fail("an attestation bundle has no attestations");
            }

            bundles.Add(new AttestationBundle(publisher!, attestations));
        }

        provenance = new Provenance(bundles);
        return null;
    }

    private static VerificationFailure Fail(string reason) => new(VerificationStage.Bundle, reason);
}
