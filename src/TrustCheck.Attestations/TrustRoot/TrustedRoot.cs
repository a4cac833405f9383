using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using TrustCheck.Attestations.Codecs;
using TrustCheck.Attestations.Crypto;
using TrustCheck.Attestations.Json;
using TrustCheck.Attestations.Limits;
using TrustCheck.Attestations.Verification;

namespace TrustCheck.Attestations.TrustRoot;

/// <summary>
/// A Sigstore trusted root (<c>application/vnd.dev.sigstore.trustedroot+json</c>): the transparency logs, Fulcio
/// certificate authorities, CT logs and timestamp authorities a verifier trusts, each with its validity window.
/// Parse it once and share it: it is immutable and its keys are reused by every verification.
/// </summary>
public sealed class TrustedRoot : IDisposable
{
    private const string MediaTypePrefix = "application/vnd.dev.sigstore.trustedroot";
    private const int MaxDocumentBytes = 4 * 1024 * 1024;

    private TrustedRoot(
        IReadOnlyList<TransparencyLog> transparencyLogs,
        IReadOnlyList<CertificateAuthority> certificateAuthorities,
        IReadOnlyList<TransparencyLog> certificateTransparencyLogs,
        IReadOnlyList<CertificateAuthority> timestampAuthorities)
    {
        TransparencyLogs = transparencyLogs;
        CertificateAuthorities = certificateAuthorities;
        CertificateTransparencyLogs = certificateTransparencyLogs;
        TimestampAuthorities = timestampAuthorities;
    }

    /// <summary>Rekor logs (v1 and v2).</summary>
    public IReadOnlyList<TransparencyLog> TransparencyLogs { get; }

    /// <summary>Fulcio certificate authorities.</summary>
    public IReadOnlyList<CertificateAuthority> CertificateAuthorities { get; }

    /// <summary>Certificate Transparency logs that issue SCTs for Fulcio certificates.</summary>
    public IReadOnlyList<TransparencyLog> CertificateTransparencyLogs { get; }

    /// <summary>RFC 3161 timestamp authorities.</summary>
    public IReadOnlyList<CertificateAuthority> TimestampAuthorities { get; }

    /// <summary>Parses a trusted root document.</summary>
    /// <param name="json">The document's UTF-8 bytes.</param>
    /// <param name="root">The trusted root, when the document is well formed.</param>
    /// <returns>Null on success, otherwise why the document cannot be trusted.</returns>
    public static VerificationFailure? TryParse(ReadOnlySpan<byte> json, out TrustedRoot? root)
    {
        root = null;
        if (json.Length > MaxDocumentBytes)
        {
            return Fail($"the trusted root is {json.Length} bytes, more than the {MaxDocumentBytes} accepted");
        }

        var notUtf8 = Utf8Input.Check(json, VerificationStage.TrustRoot, "the trusted root");
        if (notUtf8 is not null)
        {
            return notUtf8;
        }

        TrustedRootDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(json, AttestationJsonContext.Default.TrustedRootDocument);
        }
        catch (JsonException error)
        {
            return Fail($"the trusted root is not valid JSON: {error.Message}");
        }

        if (document?.MediaType is not { } mediaType || !mediaType.StartsWith(MediaTypePrefix, StringComparison.Ordinal))
        {
            return Fail($"the media type '{document?.MediaType}' is not a Sigstore trusted root");
        }

        var tlogs = new List<TransparencyLog>();
        var ctlogs = new List<TransparencyLog>();
        var authorities = new List<CertificateAuthority>();
        var timestampAuthorities = new List<CertificateAuthority>();
        var failure = ReadLogs(document.Tlogs, "tlogs", tlogs)
            ?? ReadLogs(document.Ctlogs, "ctlogs", ctlogs)
            ?? ReadAuthorities(document.CertificateAuthorities, "certificateAuthorities", authorities)
            ?? ReadAuthorities(document.TimestampAuthorities, "timestampAuthorities", timestampAuthorities);
        if (failure is not null)
        {
            tlogs.Concat(ctlogs).ToList().ForEach(log => log.Key.Dispose());
            return failure;
        }

        root = new TrustedRoot(tlogs, authorities, ctlogs, timestampAuthorities);
        return null;
    }

    /// <summary>The transparency log with this log ID, if the root trusts one.</summary>
    /// <param name="logId">The entry's log ID.</param>
    public TransparencyLog? FindTransparencyLog(ReadOnlySpan<byte> logId) => Find(TransparencyLogs, logId);

    /// <summary>The CT log with this log ID, if the root trusts one.</summary>
    /// <param name="logId">The SCT's log ID.</param>
    public TransparencyLog? FindCertificateTransparencyLog(ReadOnlySpan<byte> logId) => Find(CertificateTransparencyLogs, logId);

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var log in TransparencyLogs.Concat(CertificateTransparencyLogs))
        {
            log.Key.Dispose();
        }

        foreach (var certificate in CertificateAuthorities.Concat(TimestampAuthorities).SelectMany(a => a.Certificates))
        {
            certificate.Dispose();
        }
    }

    private static TransparencyLog? Find(IReadOnlyList<TransparencyLog> logs, ReadOnlySpan<byte> logId)
    {
        foreach (var log in logs)
        {
            if (log.HasLogId(logId))
            {
                return log;
            }
        }

        return null;
    }

    private static VerificationFailure? ReadLogs(IReadOnlyList<TransparencyLogDocument>? documents, string field, List<TransparencyLog> logs)
    {
        if (documents?.Count > InputLimits.MaxTrustedRootEntries)
        {
            return Fail($"{field} has {documents.Count} entries, more than the {InputLimits.MaxTrustedRootEntries} accepted");
        }

        for (var i = 0; i < (documents?.Count ?? 0); i++)
        {
            var where = $"{field}[{i}]";
            var document = documents![i];
            if (!Uri.TryCreate(document.BaseUrl, UriKind.Absolute, out var baseUrl))
            {
                return Fail($"{where}.baseUrl '{document.BaseUrl}' is not an absolute URL");
            }

            if (document.HashAlgorithm is not "SHA2_256")
            {
                return Fail($"{where}.hashAlgorithm '{document.HashAlgorithm}' is not SHA2_256");
            }

            var validity = ReadValidity(document.PublicKey?.ValidFor, where + ".publicKey.validFor", out var validFor);
            if (validity is not null)
            {
                return validity;
            }

            if (!Base64Text.TryDecode(document.LogId?.KeyId, out var logId) || logId.Length != 32)
            {
                return Fail($"{where}.logId.keyId is not base64 of 32 bytes");
            }

            if (!Base64Text.TryDecode(document.PublicKey?.RawBytes, out var rawKey) || rawKey.Length == 0)
            {
                return Fail($"{where}.publicKey.rawBytes is missing or not base64");
            }

            if (KeyDetails.TryMap(document.PublicKey?.KeyDetails) is not { } algorithm)
            {
                // A key type this verifier does not implement cannot vouch for anything; skip it, never trust it.
                continue;
            }

            var importFailure = VerificationKey.TryImport(algorithm, rawKey, out var key);
            if (importFailure is not null)
            {
                return Fail($"{where}.publicKey: {importFailure}");
            }

            logs.Add(new TransparencyLog(baseUrl, logId, key!, validFor));
        }

        return null;
    }

    private static VerificationFailure? ReadAuthorities(IReadOnlyList<CertificateAuthorityDocument>? documents, string field, List<CertificateAuthority> authorities)
    {
        if (documents?.Count > InputLimits.MaxTrustedRootEntries)
        {
            return Fail($"{field} has {documents.Count} entries, more than the {InputLimits.MaxTrustedRootEntries} accepted");
        }

        for (var i = 0; i < (documents?.Count ?? 0); i++)
        {
            var where = $"{field}[{i}]";
            var document = documents![i];
            var validity = ReadValidity(document.ValidFor, where + ".validFor", out var validFor);
            if (validity is not null)
            {
                return validity;
            }

            var encoded = document.CertChain?.Certificates;
            if (encoded is null || encoded.Count == 0)
            {
                return Fail($"{where}.certChain has no certificates");
            }

            if (encoded.Count > InputLimits.MaxChainCertificates)
            {
                return Fail($"{where}.certChain has {encoded.Count} certificates, more than the {InputLimits.MaxChainCertificates} accepted");
            }

            var certificates = new List<X509Certificate2>(encoded.Count);
            foreach (var raw in encoded)
            {
                if (!Base64Text.TryDecode(raw.RawBytes, out var der))
                {
                    return Fail($"{where}.certChain holds a certificate that is not base64");
                }

                try
                {
                    certificates.Add(X509CertificateLoader.LoadCertificate(der));
                }
                catch (CryptographicException error)
                {
                    return Fail($"{where}.certChain holds a certificate that is not DER X.509: {error.Message}");
                }
            }

            authorities.Add(new CertificateAuthority(document.Uri ?? string.Empty, certificates, validFor));
        }

        return null;
    }

    private static VerificationFailure? ReadValidity(ValidityDocument? document, string where, out TimeRange validFor)
    {
        validFor = default;
        if (document?.Start is not { } start)
        {
            return Fail($"{where}.start is missing; a trusted root must bound every key's validity from below");
        }

        if (document.End is { } end && end < start)
        {
            return Fail($"{where} ends before it starts");
        }

        validFor = new TimeRange(start, document.End);
        return null;
    }

    private static VerificationFailure Fail(string reason) => new(VerificationStage.TrustRoot, reason);
}
