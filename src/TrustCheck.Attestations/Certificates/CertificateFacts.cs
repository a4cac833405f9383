using System.Formats.Asn1;

namespace TrustCheck.Attestations.Certificates;

/// <summary>Cheap structural facts about DER certificates, read without building X509Certificate2 objects.</summary>
internal static class CertificateFacts
{
    /// <summary>True when the certificate's issuer and subject names are byte-identical (a self-signed root).</summary>
    public static bool IsSelfSigned(byte[] der)
    {
        try
        {
            var tbs = new AsnReader(der, AsnEncodingRules.DER).ReadSequence().ReadSequence();
            if (tbs.PeekTag().HasSameClassAndValue(new Asn1Tag(TagClass.ContextSpecific, 0)))
            {
                tbs.ReadEncodedValue();
            }

            tbs.ReadEncodedValue();
            tbs.ReadEncodedValue();
            var issuer = tbs.ReadEncodedValue();
            tbs.ReadEncodedValue();
            var subject = tbs.ReadEncodedValue();
            return issuer.Span.SequenceEqual(subject.Span);
        }
        catch (AsnContentException)
        {
            return false;
        }
    }
}
