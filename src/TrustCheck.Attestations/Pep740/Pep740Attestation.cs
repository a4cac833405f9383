using System.Text.Json;
using TrustCheck.Attestations.Bundles;
using TrustCheck.Attestations.Codecs;
using TrustCheck.Attestations.Dsse;
using TrustCheck.Attestations.Json;
using TrustCheck.Attestations.Verification;

namespace TrustCheck.Attestations.Pep740;

/// <summary>
/// A single PEP 740 attestation: a signing certificate, transparency-log entries, optional RFC 3161 timestamps, and a
/// DSSE envelope whose payload is an in-toto statement. It verifies as the Sigstore bundle it converts to.
/// </summary>
public static class Pep740Attestation
{
    /// <summary>The payload type of every PEP 740 envelope (the attestation does not carry it).</summary>
    public const string PayloadType = "application/vnd.in-toto+json";

    /// <summary>Parses an attestation from JSON and converts it to a bundle.</summary>
    /// <param name="element">The attestation object.</param>
    /// <param name="bundle">The equivalent bundle, when the attestation is well formed.</param>
    /// <returns>Null on success, otherwise why the attestation is malformed.</returns>
    public static VerificationFailure? TryToBundle(JsonElement element, out SigstoreBundle? bundle)
    {
        bundle = null;
        AttestationDocument? document;
        try
        {
            document = element.Deserialize(AttestationJsonContext.Default.AttestationDocument);
        }
        catch (JsonException error)
        {
            return Fail($"the attestation does not have the PEP 740 shape: {error.Message}");
        }

        if (document is null || !JsonInt64.TryRead(document.Version, out var version) || version != 1)
        {
            return Fail("the attestation's version is not 1");
        }

        var material = document.VerificationMaterial;
        if (material is null || !Base64Text.TryDecode(material.Certificate, out var certificate) || certificate.Length == 0)
        {
            return Fail("the attestation's certificate is missing or not base64");
        }

        if (material.TransparencyEntries is not { Count: > 0 } entries)
        {
            return Fail("the attestation has no transparency-log entry");
        }

        // Like pypi-attestations, only the first entry is used; the rest are ignored.
        var entryFailure = TransparencyLogEntryReader.TryRead(entries[0], out var entry);
        if (entryFailure is not null)
        {
            return entryFailure;
        }

        var timestamps = new List<ReadOnlyMemory<byte>>();
        foreach (var timestamp in material.Timestamps ?? [])
        {
            if (!Base64Text.TryDecode(timestamp, out var token) || token.Length == 0)
            {
                return Fail("an attestation timestamp is not base64");
            }

            timestamps.Add(token);
        }

        if (document.Envelope is not { } envelope ||
            !Base64Text.TryDecode(envelope.Statement, out var statement) ||
            !Base64Text.TryDecode(envelope.Signature, out var signature) || signature.Length == 0)
        {
            return Fail("the attestation's envelope statement or signature is missing or not base64");
        }

        bundle = new SigstoreBundle
        {
            MediaType = "application/vnd.dev.sigstore.bundle.v0.3+json",
            Certificate = certificate,
            ChainCertificateCount = 1,
            TransparencyLogEntries = [entry!],
            Rfc3161Timestamps = timestamps,
            DsseEnvelope = new DsseEnvelope(PayloadType, statement, [signature]),
        };
        return null;
    }

    private static VerificationFailure Fail(string reason) => new(VerificationStage.Bundle, reason);
}
