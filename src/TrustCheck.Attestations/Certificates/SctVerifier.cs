using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using TrustCheck.Attestations.Crypto;
using TrustCheck.Attestations.TrustRoot;

namespace TrustCheck.Attestations.Certificates;

/// <summary>
/// Verifies a Fulcio certificate's embedded SCTs (RFC 6962 §3.2, precertificate entries): the signed data is rebuilt
/// from the certificate's TBS without the SCT list, and the issuer's key hash.
/// </summary>
internal static class SctVerifier
{
    private const byte Sha256 = 4;
    private const byte Rsa = 1;
    private const byte Ecdsa = 3;

    /// <summary>Null when at least one SCT from a trusted CT log verifies and none from a trusted log fails.</summary>
    public static string? Verify(LeafCertificate leaf, X509Certificate2 issuer, TrustedRoot root)
    {
        var leafStructure = leaf.Structure;
        var extension = leaf.FindExtension(FulcioOids.SignedCertificateTimestampList);
        if (extension is null)
        {
            return "the signing certificate has no embedded SCT";
        }

        if (issuer.Extensions.OfType<X509EnhancedKeyUsageExtension>()
            .Any(e => e.EnhancedKeyUsages.Cast<Oid>().Any(o => o.Value == FulcioOids.PrecertificateSigningCertificate)))
        {
            return "the certificate was issued through a precertificate signing certificate, which is not supported";
        }

        var listError = SignedCertificateTimestamp.TryReadList(extension.Value.Span, out var timestamps);
        if (listError is not null)
        {
            return listError;
        }

        if (timestamps.Count == 0)
        {
            return "the signing certificate's SCT list is empty";
        }

        if (leafStructure.PrecertificateLength < 0)
        {
            return "the signing certificate's TBS is not well-formed DER";
        }

        var issuerKeyHash = IssuerKeyCache.PublicKeyHash(issuer);
        var verified = 0;
        foreach (var sct in timestamps)
        {
            var log = root.FindCertificateTransparencyLog(sct.LogId.Span);
            if (log is null)
            {
                continue;
            }

            var error = VerifyOne(sct, log, leafStructure, issuerKeyHash);
            if (error is not null)
            {
                return error;
            }

            verified++;
        }

        return verified > 0 ? null : "no SCT was issued by a CT log the trusted root lists";
    }

    /// <summary>The TLS <c>digitally-signed</c> struct an SCT's signature covers, built in one buffer.</summary>
    public static byte[] SignedData(SignedCertificateTimestamp sct, CertificateStructure leaf, ReadOnlySpan<byte> issuerKeyHash)
    {
        var tbsLength = leaf.PrecertificateLength;
        var data = new byte[1 + 1 + 8 + 2 + 32 + 3 + tbsLength + 2 + sct.Extensions.Length];
        var span = data.AsSpan();
        BinaryPrimitives.WriteUInt64BigEndian(span[2..], sct.TimestampMilliseconds);
        BinaryPrimitives.WriteUInt16BigEndian(span[10..], 1);
        issuerKeyHash.CopyTo(span[12..]);
        span[44] = (byte)(tbsLength >> 16);
        span[45] = (byte)(tbsLength >> 8);
        span[46] = (byte)tbsLength;
        leaf.WritePrecertificate(span[47..]);
        var position = 47 + tbsLength;
        BinaryPrimitives.WriteUInt16BigEndian(span[position..], (ushort)sct.Extensions.Length);
        sct.Extensions.Span.CopyTo(span[(position + 2)..]);
        return data;
    }

    private static string? VerifyOne(SignedCertificateTimestamp sct, TransparencyLog log, CertificateStructure leaf, byte[] issuerKeyHash)
    {
        if (!log.ValidFor.Contains(sct.Timestamp))
        {
            return $"the SCT from {log.BaseUrl} is dated {sct.Timestamp:O}, outside the log key's validity";
        }

        var expected = log.Key.Algorithm switch
        {
            KeyAlgorithm.RsaPkcs1Sha256 => Rsa,
            KeyAlgorithm.EcdsaP256Sha256 or KeyAlgorithm.EcdsaP384Sha384 or KeyAlgorithm.EcdsaP521Sha512 => Ecdsa,
            _ => (byte)0,
        };
        if (sct.HashAlgorithm != Sha256 || sct.SignatureAlgorithm != expected)
        {
            return $"the SCT from {log.BaseUrl} uses hash {sct.HashAlgorithm} / signature {sct.SignatureAlgorithm}, which its key cannot verify";
        }

        var signed = SignedData(sct, leaf, issuerKeyHash);
        var valid = log.Key.Algorithm == KeyAlgorithm.EcdsaP256Sha256 || log.Key.Algorithm == KeyAlgorithm.RsaPkcs1Sha256
            ? log.Key.Verify(signed, sct.Signature.Span)
            : log.Key.VerifyEcdsa(signed, sct.Signature.Span, HashAlgorithmName.SHA256);
        return valid ? null : $"the SCT signature from {log.BaseUrl} does not verify";
    }
}
