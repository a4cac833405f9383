using System.Formats.Asn1;

namespace TrustCheck.Attestations.Certificates;

/// <summary>
/// The three parts of a DER X.509 certificate (to-be-signed bytes, signature algorithm, signature), read without
/// re-encoding so signatures are checked over the exact bytes that were signed.
/// </summary>
internal sealed record CertificateStructure(ReadOnlyMemory<byte> ToBeSigned, string SignatureAlgorithm, ReadOnlyMemory<byte> Signature)
{
    public static bool TryRead(ReadOnlyMemory<byte> der, out CertificateStructure? structure)
    {
        structure = null;
        try
        {
            var reader = new AsnReader(der, AsnEncodingRules.DER);
            var certificate = reader.ReadSequence();
            reader.ThrowIfNotEmpty();
            var tbs = certificate.ReadEncodedValue();
            var algorithm = certificate.ReadSequence();
            var oid = algorithm.ReadObjectIdentifier();
            var signature = certificate.ReadBitString(out var unusedBits);
            certificate.ThrowIfNotEmpty();
            if (unusedBits != 0)
            {
                return false;
            }

            structure = new CertificateStructure(tbs, oid, signature);
            return true;
        }
        catch (AsnContentException)
        {
            return false;
        }
    }

    // DER contents of the OIDs 1.3.6.1.4.1.11129.2.4.2 (SCT list) and 1.3.6.1.4.1.11129.2.4.3 (precertificate poison).
    private static ReadOnlySpan<byte> SctListOid => [0x2B, 0x06, 0x01, 0x04, 0x01, 0xD6, 0x79, 0x02, 0x04, 0x02];

    private static ReadOnlySpan<byte> PoisonOid => [0x2B, 0x06, 0x01, 0x04, 0x01, 0xD6, 0x79, 0x02, 0x04, 0x03];

    /// <summary>The length of the precertificate TBS (this TBS without the SCT list and poison), or -1 if malformed.</summary>
    public int PrecertificateLength => DerTbsEditor.Measure(ToBeSigned.Span, SctListOid, PoisonOid);

    /// <summary>Writes the precertificate TBS an SCT was issued over; returns the bytes written, or -1.</summary>
    public int WritePrecertificate(Span<byte> destination) => DerTbsEditor.Write(ToBeSigned.Span, SctListOid, PoisonOid, destination);

    /// <summary>The precertificate TBS as an array (for diagnostics and tests).</summary>
    public byte[] Precertificate()
    {
        var buffer = new byte[Math.Max(0, PrecertificateLength)];
        return WritePrecertificate(buffer) == buffer.Length ? buffer : [];
    }
}
