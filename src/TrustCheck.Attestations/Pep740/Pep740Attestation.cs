using System.Text.Json;
using TrustCheck.Attestations.Bundles;
using TrustCheck.Attestations.Codecs;
using TrustCheck.Attestations.Dsse;
using TrustCheck.Attestations.Json;
using TrustCheck.Attestations.Limits;
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
        SigstoreBundle? read = null;
        var failure = Utf8Input.Guard(VerificationStage.Bundle, "the attestation", () => TryToBundleCore(element, out read));
        bundle = failure is null ? read : null;
        return failure;
    }

    private static VerificationFailure? TryToBundleCore(JsonElement element, out SigstoreBundle? bundle)
    {
        bundle = null;
        if (element.ValueKind != JsonValueKind.Object)
        {
            return Fail("the attestation is not a JSON object");
        }

        if (!element.TryGetProperty("version", out var versionElement) || !JsonInt64.TryRead(versionElement, out var version) || version != 1)
        {
            return Fail("the attestation's version is not 1");
        }

        if (!element.TryGetProperty("verification_material", out var material) || material.ValueKind != JsonValueKind.Object ||
            !TryBytes(material, "certificate", out var certificate) || certificate.Length == 0)
        {
            return Fail("the attestation's certificate is missing or not base64");
        }

        if (certificate.Length > InputLimits.MaxCertificateBytes)
        {
            return Fail($"the attestation's certificate is {certificate.Length} bytes, more than the {InputLimits.MaxCertificateBytes} accepted");
        }

        if (!material.TryGetProperty("transparency_entries", out var entries) || entries.ValueKind != JsonValueKind.Array || entries.GetArrayLength() == 0)
        {
            return Fail("the attestation has no transparency-log entry");
        }

        if (entries.GetArrayLength() > InputLimits.MaxTransparencyEntries)
        {
            return Fail($"the attestation has {entries.GetArrayLength()} transparency-log entries, more than the {InputLimits.MaxTransparencyEntries} accepted");
        }

        // Every entry is read and handed on: the bundle's shape stage accepts exactly one (as sigstore-python does), so
        // a second entry — valid or not — is never silently ignored.
        var logEntries = new List<TransparencyLogEntry>();
        foreach (var entryElement in entries.EnumerateArray())
        {
            var entryFailure = TransparencyLogEntryReader.TryRead(entryElement, out var entry);
            if (entryFailure is not null)
            {
                return entryFailure;
            }

            logEntries.Add(entry!);
        }

        var timestamps = new List<ReadOnlyMemory<byte>>();
        if (material.TryGetProperty("timestamps", out var timestampArray) && timestampArray.ValueKind == JsonValueKind.Array)
        {
            if (timestampArray.GetArrayLength() > InputLimits.MaxTimestamps)
            {
                return Fail($"the attestation has {timestampArray.GetArrayLength()} timestamps, more than the {InputLimits.MaxTimestamps} accepted");
            }

            foreach (var timestamp in timestampArray.EnumerateArray())
            {
                if (timestamp.ValueKind != JsonValueKind.String || !Base64Text.TryDecode(timestamp.GetString(), out var token) || token.Length == 0)
                {
                    return Fail("an attestation timestamp is not base64");
                }

                if (token.Length > InputLimits.MaxTimestampBytes)
                {
                    return Fail($"an attestation timestamp is {token.Length} bytes, more than the {InputLimits.MaxTimestampBytes} accepted");
                }

                timestamps.Add(token);
            }
        }

        if (!element.TryGetProperty("envelope", out var envelope) || envelope.ValueKind != JsonValueKind.Object ||
            !TryBytes(envelope, "statement", out var statement) ||
            !TryBytes(envelope, "signature", out var signature) || signature.Length == 0)
        {
            return Fail("the attestation's envelope statement or signature is missing or not base64");
        }

        bundle = new SigstoreBundle
        {
            MediaType = "application/vnd.dev.sigstore.bundle.v0.3+json",
            Certificate = certificate,
            ChainCertificateCount = 1,
            TransparencyLogEntries = logEntries,
            Rfc3161Timestamps = timestamps,
            DsseEnvelope = new DsseEnvelope(PayloadType, statement, [signature]),
        };
        return null;
    }

    private static bool TryBytes(JsonElement owner, string name, out byte[] bytes)
    {
        bytes = [];
        return owner.TryGetProperty(name, out var value) && Base64Text.TryDecode(value, out bytes);
    }

    private static VerificationFailure Fail(string reason) => new(VerificationStage.Bundle, reason);
}
