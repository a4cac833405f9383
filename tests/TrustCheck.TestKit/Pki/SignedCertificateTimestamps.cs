using System.Buffers.Binary;
using System.Formats.Asn1;
using System.Security.Cryptography;

namespace TrustCheck.TestKit.Pki;

/// <summary>Mints RFC 6962 v1 SCT lists over a precertificate, as a CT log does for Fulcio.</summary>
public static class SignedCertificateTimestamps
{
    /// <summary>The DER OCTET STRING extension value holding a one-SCT TLS list.</summary>
    /// <param name="logKey">The CT log's P-256 key.</param>
    /// <param name="timestamp">When the log issued it.</param>
    /// <param name="precertificateTbs">The TBS certificate without the SCT list.</param>
    /// <param name="issuerKeyHash">SHA-256 of the issuer's SubjectPublicKeyInfo.</param>
    public static byte[] Create(ECDsa logKey, DateTimeOffset timestamp, byte[] precertificateTbs, byte[] issuerKeyHash)
    {
        ArgumentNullException.ThrowIfNull(logKey);
        ArgumentNullException.ThrowIfNull(precertificateTbs);
        ArgumentNullException.ThrowIfNull(issuerKeyHash);
        var logId = SHA256.HashData(logKey.ExportSubjectPublicKeyInfo());
        var milliseconds = (ulong)timestamp.ToUnixTimeMilliseconds();
        var signed = new byte[1 + 1 + 8 + 2 + 32 + 3 + precertificateTbs.Length + 2];
        BinaryPrimitives.WriteUInt64BigEndian(signed.AsSpan(2), milliseconds);
        BinaryPrimitives.WriteUInt16BigEndian(signed.AsSpan(10), 1);
        issuerKeyHash.CopyTo(signed, 12);
        signed[44] = (byte)(precertificateTbs.Length >> 16);
        signed[45] = (byte)(precertificateTbs.Length >> 8);
        signed[46] = (byte)precertificateTbs.Length;
        precertificateTbs.CopyTo(signed, 47);
        var signature = logKey.SignData(signed, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);

        var sct = new byte[1 + 32 + 8 + 2 + 1 + 1 + 2 + signature.Length];
        logId.CopyTo(sct, 1);
        BinaryPrimitives.WriteUInt64BigEndian(sct.AsSpan(33), milliseconds);
        sct[43] = 4;
        sct[44] = 3;
        BinaryPrimitives.WriteUInt16BigEndian(sct.AsSpan(45), (ushort)signature.Length);
        signature.CopyTo(sct, 47);

        var list = new byte[2 + 2 + sct.Length];
        BinaryPrimitives.WriteUInt16BigEndian(list, (ushort)(2 + sct.Length));
        BinaryPrimitives.WriteUInt16BigEndian(list.AsSpan(2), (ushort)sct.Length);
        sct.CopyTo(list, 4);
        var writer = new AsnWriter(AsnEncodingRules.DER);
        writer.WriteOctetString(list);
        return writer.Encode();
    }
}
