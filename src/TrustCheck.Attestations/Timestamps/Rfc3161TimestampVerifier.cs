using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Cms;
using Org.BouncyCastle.Cms;
using Org.BouncyCastle.Tsp;
using TrustCheck.Attestations.Certificates;
using TrustCheck.Attestations.TrustRoot;
using BcCertificate = Org.BouncyCastle.X509.X509Certificate;

namespace TrustCheck.Attestations.Timestamps;

/// <summary>
/// Verifies an RFC 3161 timestamp over a signature against the trusted root's timestamp authorities: the token's
/// CMS signature with the authority's own signing certificate (never one the token embeds), the message imprint
/// (SHA-256 of the signature bytes), the critical timeStamping usage, the authority's validity window and its
/// certificate chain at the token's time, and a signer whose (unsigned) digest label is the digest it was verified with.
/// </summary>
internal sealed class Rfc3161TimestampVerifier(CertificateChainValidator chainValidator)
{
    private const string Sha256Oid = "2.16.840.1.101.3.4.2.1";
    private const string Sha384Oid = "2.16.840.1.101.3.4.2.2";
    private const string Sha512Oid = "2.16.840.1.101.3.4.2.3";

    private static readonly string[] SignerDigestOids = [Sha256Oid, Sha384Oid, Sha512Oid];

    /// <summary>
    /// The signature algorithms accepted on a signer, each with the digest it implies (BouncyCastle hashes with that one
    /// whatever the signer's digest label says), or null when it implies none and the label's digest is used (RFC 3370
    /// rsaEncryption). ECDSA must name its digest (RFC 5753), so id-ecPublicKey is not accepted.
    /// </summary>
    private static readonly Dictionary<string, string?> SignatureDigestOids = new(StringComparer.Ordinal)
    {
        ["1.2.840.10045.4.3.2"] = Sha256Oid, // ecdsa-with-SHA256
        ["1.2.840.10045.4.3.3"] = Sha384Oid, // ecdsa-with-SHA384
        ["1.2.840.10045.4.3.4"] = Sha512Oid, // ecdsa-with-SHA512
        ["1.2.840.113549.1.1.11"] = Sha256Oid, // sha256WithRSAEncryption
        ["1.2.840.113549.1.1.12"] = Sha384Oid, // sha384WithRSAEncryption
        ["1.2.840.113549.1.1.13"] = Sha512Oid, // sha512WithRSAEncryption
        ["1.2.840.113549.1.1.1"] = null, // rsaEncryption
    };

    /// <summary>The verified time, or null with the reason the token does not verify.</summary>
    public DateTimeOffset? Verify(ReadOnlyMemory<byte> encoded, ReadOnlySpan<byte> signature, IReadOnlyList<CertificateAuthority> authorities, out string? error)
    {
        var token = TryReadToken(encoded.ToArray(), out error);
        if (token is null)
        {
            return null;
        }

        var signers = token.ToCmsSignedData().GetSignerInfos().GetSigners();
        if (signers.Count != 1 || !SignerDigestOids.Contains(signers.First().DigestAlgorithmID.Algorithm.Id))
        {
            error = "the timestamp does not have exactly one signer using SHA-256, SHA-384 or SHA-512";
            return null;
        }

        error = SignerDigestContradiction(signers.First());
        if (error is not null)
        {
            return null;
        }

        var info = token.TimeStampInfo;
        if (info.MessageImprintAlgOid != Sha256Oid || !info.GetMessageImprintDigest().AsSpan().SequenceEqual(SHA256.HashData(signature)))
        {
            error = "the timestamp's message imprint is not the SHA-256 of the signature";
            return null;
        }

        var genTime = new DateTimeOffset(DateTime.SpecifyKind(info.GenTime, DateTimeKind.Utc));
        error = $"no trusted timestamp authority valid at {genTime:O} signed the timestamp";
        foreach (var authority in authorities)
        {
            if (!authority.ValidFor.Contains(genTime))
            {
                continue;
            }

            var signer = authority.Certificates[0];
            if (!TryValidateToken(token, signer))
            {
                continue;
            }

            if (!CertificateStructure.TryRead(signer.RawDataMemory, out var structure))
            {
                error = "the timestamp authority's certificate is malformed";
                continue;
            }

            if (chainValidator.FindIssuerOfTrustedCertificate(signer, structure!, [authority], genTime, out var chainError) is null)
            {
                error = $"the timestamp authority's certificate does not chain at {genTime:O}: {chainError}";
                continue;
            }

            error = null;
            return genTime;
        }

        return null;
    }

    /// <summary>
    /// Why the signer's digest label is not the digest its message digest and signature were checked with, or null.
    /// The label is not signed, and BouncyCastle hashes with the digest a signature algorithm such as ecdsa-with-SHA256
    /// implies whatever the label says; RFC 5652 computes the message digest with the label's algorithm, so a token
    /// whose label names another digest than the one that verified is malformed (and other verifiers reject it).
    /// </summary>
    private static string? SignerDigestContradiction(SignerInformation signer)
    {
        var label = signer.DigestAlgorithmID.Algorithm.Id;
        var signatureAlgorithm = signer.SignatureAlgorithm.Algorithm.Id;
        if (!SignatureDigestOids.TryGetValue(signatureAlgorithm, out var implied))
        {
            return $"the timestamp's signature algorithm {signatureAlgorithm} is not ECDSA or RSA PKCS#1 v1.5 with SHA-256, SHA-384 or SHA-512";
        }

        return implied is null || implied == label
            ? null
            : $"the timestamp's signer names digest {label}, but its signature algorithm {signatureAlgorithm} hashes with {implied}";
    }

    private static TimeStampToken? TryReadToken(byte[] encoded, out string? error)
    {
        error = null;
        try
        {
            var response = new TimeStampResponse(encoded);
            if (response.TimeStampToken is { } fromResponse)
            {
                return fromResponse;
            }

            error = $"the timestamp response carries no token (status {response.Status})";
            return null;
        }
        catch (Exception responseError) when (IsDecodeError(responseError))
        {
            try
            {
                return new TimeStampToken(ContentInfo.GetInstance(Asn1Object.FromByteArray(encoded)));
            }
            catch (Exception tokenError) when (IsDecodeError(tokenError))
            {
                error = $"the timestamp is neither an RFC 3161 response nor a token: {tokenError.Message}";
                return null;
            }
        }
    }

    private static bool TryValidateToken(TimeStampToken token, X509Certificate2 signer)
    {
        try
        {
            // Checks the signer ID and ESS certificate binding, the critical timeStamping usage, the certificate's
            // validity at genTime, and the CMS signature.
            token.Validate(new BcCertificate(signer.RawData));
            return true;
        }
        catch (Exception error) when (error is TspException or TspValidationException or CmsException or ArgumentException or InvalidOperationException or Org.BouncyCastle.Security.Certificates.CertificateException)
        {
            return false;
        }
    }

    private static bool IsDecodeError(Exception error) =>
        error is TspException or IOException or ArgumentException or InvalidCastException or CmsException or Asn1Exception or InvalidOperationException;
}
