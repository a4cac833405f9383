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

    /// <summary>
    /// The TBSCertificate re-encoded without the extensions whose OIDs are given, every other element kept
    /// byte-identical (the precertificate an SCT was issued over).
    /// </summary>
    public byte[] ToBeSignedWithout(params ReadOnlySpan<string> removedExtensions)
    {
        var removed = removedExtensions.ToArray();
        var tbs = new AsnReader(ToBeSigned, AsnEncodingRules.DER).ReadSequence();
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            while (tbs.HasData)
            {
                var tag = tbs.PeekTag();
                if (tag.HasSameClassAndValue(new Asn1Tag(TagClass.ContextSpecific, 3)))
                {
                    WriteExtensionsWithout(tbs.ReadSequence(tag), writer, removed);
                }
                else
                {
                    writer.WriteEncodedValue(tbs.ReadEncodedValue().Span);
                }
            }
        }

        return writer.Encode();
    }

    private static void WriteExtensionsWithout(AsnReader explicitWrapper, AsnWriter writer, string[] removed)
    {
        var extensions = explicitWrapper.ReadSequence();
        using (writer.PushSequence(new Asn1Tag(TagClass.ContextSpecific, 3)))
        using (writer.PushSequence())
        {
            while (extensions.HasData)
            {
                var encoded = extensions.ReadEncodedValue();
                var oid = new AsnReader(encoded, AsnEncodingRules.DER).ReadSequence().ReadObjectIdentifier();
                if (!removed.Contains(oid, StringComparer.Ordinal))
                {
                    writer.WriteEncodedValue(encoded.Span);
                }
            }
        }
    }
}
