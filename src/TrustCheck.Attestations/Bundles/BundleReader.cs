using System.Text.Json;
using TrustCheck.Attestations.Certificates;
using TrustCheck.Attestations.Codecs;
using TrustCheck.Attestations.Dsse;
using TrustCheck.Attestations.Json;
using TrustCheck.Attestations.Limits;
using TrustCheck.Attestations.Verification;

namespace TrustCheck.Attestations.Bundles;

/// <summary>Parses a Sigstore bundle (v0.1–v0.3) from its JSON, rejecting anything malformed with a reason.</summary>
public static class BundleReader
{
    private const int MaxBundleBytes = 16 * 1024 * 1024;

    private static readonly string[] MediaTypes =
    [
        "application/vnd.dev.sigstore.bundle+json;version=0.1",
        "application/vnd.dev.sigstore.bundle+json;version=0.2",
        "application/vnd.dev.sigstore.bundle+json;version=0.3",
        "application/vnd.dev.sigstore.bundle.v0.3+json",
    ];

    /// <summary>Parses a bundle.</summary>
    /// <param name="json">The bundle's UTF-8 JSON.</param>
    /// <param name="bundle">The bundle, when well formed.</param>
    /// <returns>Null on success, otherwise why the bundle is malformed.</returns>
    public static VerificationFailure? TryRead(ReadOnlySpan<byte> json, out SigstoreBundle? bundle)
    {
        bundle = null;
        if (json.Length > MaxBundleBytes)
        {
            return Fail($"the bundle is {json.Length} bytes, more than the {MaxBundleBytes} accepted");
        }

        var notUtf8 = Utf8Input.Check(json, VerificationStage.Bundle, "the bundle");
        if (notUtf8 is not null)
        {
            return notUtf8;
        }

        BundleDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(json, AttestationJsonContext.Default.BundleDocument);
        }
        catch (JsonException error)
        {
            return Fail($"the bundle is not valid JSON: {error.Message}");
        }

        if (document is null || !MediaTypes.Contains(document.MediaType, StringComparer.Ordinal))
        {
            return Fail($"'{document?.MediaType}' is not a supported Sigstore bundle media type");
        }

        var material = document.VerificationMaterial;
        if (material is null)
        {
            return Fail("the bundle has no verification material");
        }

        var certificateFailure = ReadCertificate(material, out var certificate, out var chainCount);
        if (certificateFailure is not null)
        {
            return certificateFailure;
        }

        var countFailure = CheckCounts(material, document.DsseEnvelope);
        if (countFailure is not null)
        {
            return countFailure;
        }

        var entries = new List<TransparencyLogEntry>();
        foreach (var entryDocument in material.TlogEntries ?? [])
        {
            TransparencyLogEntry? entry = null;
            var entryFailure = Utf8Input.Guard(VerificationStage.Bundle, "a transparency-log entry", () => TransparencyLogEntryReader.TryRead(entryDocument, out entry));
            if (entryFailure is not null)
            {
                return entryFailure;
            }

            entries.Add(entry!);
        }

        var timestamps = new List<ReadOnlyMemory<byte>>();
        foreach (var timestamp in material.TimestampVerificationData?.Rfc3161Timestamps ?? [])
        {
            if (!Base64Text.TryDecode(timestamp.SignedTimestamp, out var token) || token.Length == 0)
            {
                return Fail("an RFC 3161 timestamp is not base64");
            }

            if (token.Length > InputLimits.MaxTimestampBytes)
            {
                return Fail($"an RFC 3161 timestamp is {token.Length} bytes, more than the {InputLimits.MaxTimestampBytes} accepted");
            }

            timestamps.Add(token);
        }

        var contentFailure = ReadContent(document, out var envelope, out var messageSignature);
        if (contentFailure is not null)
        {
            return contentFailure;
        }

        bundle = new SigstoreBundle
        {
            MediaType = document.MediaType!,
            // A null array would convert to an empty (non-null) ReadOnlyMemory: a key bundle would look like a
            // bundle with an empty certificate.
            Certificate = certificate is null ? (ReadOnlyMemory<byte>?)null : certificate,
            ChainCertificateCount = chainCount,
            PublicKeyHint = material.PublicKey?.Hint,
            TransparencyLogEntries = entries,
            Rfc3161Timestamps = timestamps,
            DsseEnvelope = envelope,
            MessageSignature = messageSignature,
        };
        return null;
    }

    private static VerificationFailure? CheckCounts(VerificationMaterialDocument material, DsseEnvelopeDocument? envelope)
    {
        var entries = material.TlogEntries?.Count ?? 0;
        if (entries > InputLimits.MaxTransparencyEntries)
        {
            return Fail($"the bundle has {entries} transparency-log entries, more than the {InputLimits.MaxTransparencyEntries} accepted");
        }

        var chain = material.X509CertificateChain?.Certificates?.Count ?? 0;
        if (chain > InputLimits.MaxChainCertificates)
        {
            return Fail($"the bundle's certificate chain has {chain} certificates, more than the {InputLimits.MaxChainCertificates} accepted");
        }

        var timestamps = material.TimestampVerificationData?.Rfc3161Timestamps?.Count ?? 0;
        if (timestamps > InputLimits.MaxTimestamps)
        {
            return Fail($"the bundle has {timestamps} RFC 3161 timestamps, more than the {InputLimits.MaxTimestamps} accepted");
        }

        var signatures = envelope?.Signatures?.Count ?? 0;
        return signatures > InputLimits.MaxDsseSignatures
            ? Fail($"the DSSE envelope has {signatures} signatures, more than the {InputLimits.MaxDsseSignatures} accepted")
            : null;
    }

    private static VerificationFailure? ReadCertificate(VerificationMaterialDocument material, out byte[]? certificate, out int chainCount)
    {
        certificate = null;
        chainCount = 0;
        if (material.Certificate is { } single)
        {
            if (!Base64Text.TryDecode(single.RawBytes, out var der) || der.Length == 0)
            {
                return Fail("the bundle's certificate is missing or not base64");
            }

            if (der.Length > InputLimits.MaxCertificateBytes)
            {
                return Fail($"the bundle's certificate is {der.Length} bytes, more than the {InputLimits.MaxCertificateBytes} accepted");
            }

            certificate = der;
            chainCount = 1;
            return null;
        }

        if (material.X509CertificateChain is { } chain)
        {
            var certificates = chain.Certificates ?? [];
            if (certificates.Count == 0)
            {
                return Fail("the bundle's certificate chain is empty");
            }

            var decoded = new List<byte[]>();
            foreach (var item in certificates)
            {
                if (!Base64Text.TryDecode(item.RawBytes, out var der) || der.Length == 0)
                {
                    return Fail("a certificate in the bundle's chain is not base64");
                }

                if (der.Length > InputLimits.MaxCertificateBytes)
                {
                    return Fail($"a certificate in the bundle's chain is {der.Length} bytes, more than the {InputLimits.MaxCertificateBytes} accepted");
                }

                decoded.Add(der);
            }

            if (decoded.Skip(1).Any(CertificateFacts.IsSelfSigned))
            {
                return Fail("the bundle's certificate chain contains a root certificate; trust comes only from the trusted root");
            }

            certificate = decoded[0];
            chainCount = decoded.Count;
            return null;
        }

        return material.PublicKey is null ? Fail("the bundle has neither a certificate nor a public key") : null;
    }

    private static VerificationFailure? ReadContent(BundleDocument document, out DsseEnvelope? envelope, out MessageSignature? messageSignature)
    {
        envelope = null;
        messageSignature = null;
        if (document.DsseEnvelope is { } dsse)
        {
            if (dsse.PayloadType is null || !Base64Text.TryDecode(dsse.Payload, out var payload))
            {
                return Fail("the DSSE envelope's payload or payload type is missing");
            }

            var signatures = new List<ReadOnlyMemory<byte>>();
            foreach (var signature in dsse.Signatures ?? [])
            {
                if (!Base64Text.TryDecode(signature.Sig, out var bytes) || bytes.Length == 0)
                {
                    return Fail("a DSSE signature is missing or not base64");
                }

                signatures.Add(bytes);
            }

            envelope = new DsseEnvelope(dsse.PayloadType, payload, signatures);
            return null;
        }

        if (document.MessageSignature is { } message)
        {
            if (!Base64Text.TryDecode(message.Signature, out var signature) || signature.Length == 0)
            {
                return Fail("the message signature is missing or not base64");
            }

            byte[] digest = [];
            if (message.MessageDigest is { } messageDigest && !Base64Text.TryDecode(messageDigest.Digest, out digest))
            {
                return Fail("the message digest is not base64");
            }

            messageSignature = new MessageSignature(message.MessageDigest?.Algorithm ?? string.Empty, digest, signature);
            return null;
        }

        return Fail("the bundle has neither a DSSE envelope nor a message signature");
    }

    private static VerificationFailure Fail(string reason) => new(VerificationStage.Bundle, reason);
}
