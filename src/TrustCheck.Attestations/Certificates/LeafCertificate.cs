using System.Formats.Asn1;
using System.Security.Cryptography.X509Certificates;

namespace TrustCheck.Attestations.Certificates;

/// <summary>
/// A bundle's signing (leaf) certificate read with <see cref="AsnReader"/> under DER rules, instead of through
/// <c>X509CertificateLoader</c> (OpenSSL 3's <c>d2i_X509</c> decodes the whole certificate and its key through the
/// provider framework, about three P-256 verifications' worth). Every field of the TBSCertificate is read and
/// checked; the profile extensions (basic constraints, key usage, extended key usage) are decoded here, the identity
/// and SCT extensions by their own stages from <see cref="Extensions"/>. Fails closed: anything not DER, trailing
/// bytes at any level, an unknown version, inner and outer signature algorithms that differ, an empty or malformed
/// name, an extension that appears twice, or a malformed profile extension is refused.
/// </summary>
internal sealed class LeafCertificate
{
    private const string BasicConstraintsOid = "2.5.29.19";
    private const string KeyUsageOid = "2.5.29.15";
    private const string ExtendedKeyUsageOid = "2.5.29.37";

    private static readonly Asn1Tag VersionTag = new(TagClass.ContextSpecific, 0, isConstructed: true);
    private static readonly Asn1Tag IssuerUniqueIdTag = new(TagClass.ContextSpecific, 1);
    private static readonly Asn1Tag SubjectUniqueIdTag = new(TagClass.ContextSpecific, 2);
    private static readonly Asn1Tag ExtensionsTag = new(TagClass.ContextSpecific, 3, isConstructed: true);

    private LeafCertificate(byte[] der, CertificateStructure structure)
    {
        Der = der;
        Structure = structure;
    }

    /// <summary>The certificate's DER (the caller's private copy; every other field is a slice of it).</summary>
    public byte[] Der { get; }

    /// <summary>The three parts: TBS bytes, signature algorithm, signature.</summary>
    public CertificateStructure Structure { get; }

    /// <summary>1, 2 or 3, as <see cref="X509Certificate2.Version"/> counts.</summary>
    public int Version { get; private set; }

    /// <summary>The issuer Name's DER, compared byte for byte with a CA certificate's subject.</summary>
    public ReadOnlyMemory<byte> IssuerName { get; private set; }

    /// <summary>The subject Name's DER (empty SEQUENCE in Fulcio certificates).</summary>
    public ReadOnlyMemory<byte> SubjectName { get; private set; }

    public DateTimeOffset NotBefore { get; private set; }

    public DateTimeOffset NotAfter { get; private set; }

    /// <summary>The SubjectPublicKeyInfo's DER, exactly as in the certificate.</summary>
    public ReadOnlyMemory<byte> SubjectPublicKeyInfo { get; private set; }

    /// <summary>The key's algorithm OID (id-ecPublicKey for ECDSA).</summary>
    public string KeyAlgorithm { get; private set; } = string.Empty;

    /// <summary>The named curve OID when the algorithm's parameters are one, otherwise null.</summary>
    public string? KeyCurve { get; private set; }

    /// <summary>The extensions in certificate order, each OID at most once.</summary>
    public IReadOnlyList<CertificateExtension> Extensions { get; private set; } = [];

    /// <summary>True when basic constraints say cA (absent means not a CA).</summary>
    public bool IsCertificateAuthority { get; private set; }

    /// <summary>The key usage's digitalSignature bit; null when the certificate has no key usage extension.</summary>
    public bool? HasDigitalSignatureUsage { get; private set; }

    /// <summary>The extended key usage OIDs; null when the certificate has no extended key usage extension.</summary>
    public IReadOnlyList<string>? ExtendedKeyUsages { get; private set; }

    /// <summary>The issuer name as text, for messages only (built when asked).</summary>
    public string IssuerDisplayName => new X500DistinguishedName(IssuerName.Span).Name;

    /// <summary>The extension with this OID, or null.</summary>
    public CertificateExtension? FindExtension(string oid)
    {
        foreach (var extension in Extensions)
        {
            if (extension.Oid == oid)
            {
                return extension;
            }
        }

        return null;
    }

    /// <summary>Reads a certificate; <paramref name="der"/> becomes the certificate's own and must not change.</summary>
    /// <returns>Null on success, otherwise why the certificate is refused.</returns>
    public static string? TryRead(byte[] der, out LeafCertificate? leaf)
    {
        leaf = null;
        if (!CertificateStructure.TryRead(der, out var structure))
        {
            return NotDer("the certificate, signature algorithm and signature are not one well-formed DER SEQUENCE");
        }

        var certificate = new LeafCertificate(der, structure!);
        try
        {
            var failure = certificate.ReadToBeSigned();
            if (failure is not null)
            {
                return NotDer(failure);
            }
        }
        catch (AsnContentException error)
        {
            return NotDer(error.Message);
        }

        leaf = certificate;
        return null;
    }

    private static string NotDer(string detail) => $"the signing certificate is not DER X.509: {detail}";

    private string? ReadToBeSigned()
    {
        var outer = new AsnReader(Structure.ToBeSigned, AsnEncodingRules.DER);
        var tbs = outer.ReadSequence();
        outer.ThrowIfNotEmpty();

        Version = 1;
        if (tbs.PeekTag().HasSameClassAndValue(VersionTag))
        {
            var version = tbs.ReadSequence(VersionTag);
            if (!version.TryReadInt32(out var number) || number is < 0 or > 2)
            {
                return "the version is not v1, v2 or v3";
            }

            version.ThrowIfNotEmpty();
            Version = number + 1;
        }

        _ = tbs.ReadIntegerBytes();
        if (!tbs.ReadEncodedValue().Span.SequenceEqual(OuterSignatureAlgorithm()))
        {
            return "the signature algorithm inside the TBS differs from the certificate's";
        }

        IssuerName = ReadName(tbs);
        var validity = tbs.ReadSequence();
        NotBefore = ReadTime(validity);
        NotAfter = ReadTime(validity);
        validity.ThrowIfNotEmpty();
        SubjectName = ReadName(tbs);
        ReadSubjectPublicKeyInfo(tbs.ReadEncodedValue());

        if (tbs.HasData && tbs.PeekTag().HasSameClassAndValue(IssuerUniqueIdTag))
        {
            _ = tbs.ReadBitString(out _, IssuerUniqueIdTag);
        }

        if (tbs.HasData && tbs.PeekTag().HasSameClassAndValue(SubjectUniqueIdTag))
        {
            _ = tbs.ReadBitString(out _, SubjectUniqueIdTag);
        }

        if (tbs.HasData)
        {
            var failure = ReadExtensions(tbs);
            if (failure is not null)
            {
                return failure;
            }
        }

        tbs.ThrowIfNotEmpty();
        return null;
    }

    private ReadOnlySpan<byte> OuterSignatureAlgorithm()
    {
        var certificate = new AsnReader(Der, AsnEncodingRules.DER).ReadSequence();
        _ = certificate.ReadEncodedValue();
        return certificate.ReadEncodedValue().Span;
    }

    private void ReadSubjectPublicKeyInfo(ReadOnlyMemory<byte> encoded)
    {
        var outer = new AsnReader(encoded, AsnEncodingRules.DER);
        var info = outer.ReadSequence();
        outer.ThrowIfNotEmpty();
        var algorithm = info.ReadSequence();
        KeyAlgorithm = algorithm.ReadObjectIdentifier();
        if (algorithm.HasData && algorithm.PeekTag().HasSameClassAndValue(Asn1Tag.ObjectIdentifier))
        {
            KeyCurve = algorithm.ReadObjectIdentifier();
        }
        else if (algorithm.HasData)
        {
            _ = algorithm.ReadEncodedValue();
        }

        algorithm.ThrowIfNotEmpty();
        _ = info.ReadBitString(out _);
        info.ThrowIfNotEmpty();
        SubjectPublicKeyInfo = encoded;
    }

    private string? ReadExtensions(AsnReader tbs)
    {
        var wrapper = tbs.ReadSequence(ExtensionsTag);
        var sequence = wrapper.ReadSequence();
        wrapper.ThrowIfNotEmpty();
        if (!sequence.HasData)
        {
            return "the extensions are present but empty";
        }

        var extensions = new List<CertificateExtension>();
        while (sequence.HasData)
        {
            var extension = sequence.ReadSequence();
            var oid = extension.ReadObjectIdentifier();
            var critical = extension.HasData && extension.PeekTag().HasSameClassAndValue(Asn1Tag.Boolean) && extension.ReadBoolean();
            if (!extension.TryReadPrimitiveOctetString(out var value))
            {
                return $"extension {oid}'s value is not a primitive OCTET STRING";
            }

            extension.ThrowIfNotEmpty();
            if (extensions.Exists(e => e.Oid == oid))
            {
                return $"extension {oid} appears more than once";
            }

            extensions.Add(new CertificateExtension(oid, critical, value));
            var failure = ReadProfileExtension(oid, value);
            if (failure is not null)
            {
                return failure;
            }
        }

        Extensions = extensions;
        return null;
    }

    private string? ReadProfileExtension(string oid, ReadOnlyMemory<byte> value)
    {
        var reader = new AsnReader(value, AsnEncodingRules.DER);
        switch (oid)
        {
            case BasicConstraintsOid:
                var basic = reader.ReadSequence();
                IsCertificateAuthority = basic.HasData && basic.PeekTag().HasSameClassAndValue(Asn1Tag.Boolean) && basic.ReadBoolean();
                if (basic.HasData && (!basic.TryReadInt32(out var pathLength) || pathLength < 0))
                {
                    return "the basic constraints' path length is not a non-negative integer";
                }

                basic.ThrowIfNotEmpty();
                break;
            case KeyUsageOid:
                var usage = reader.ReadBitString(out _);
                HasDigitalSignatureUsage = usage.Length > 0 && (usage[0] & 0x80) != 0;
                break;
            case ExtendedKeyUsageOid:
                var purposes = reader.ReadSequence();
                var oids = new List<string>();
                while (purposes.HasData)
                {
                    oids.Add(purposes.ReadObjectIdentifier());
                }

                ExtendedKeyUsages = oids;
                break;
            default:
                return null;
        }

        reader.ThrowIfNotEmpty();
        return null;
    }

    private static ReadOnlyMemory<byte> ReadName(AsnReader tbs)
    {
        var encoded = tbs.ReadEncodedValue();
        var outer = new AsnReader(encoded, AsnEncodingRules.DER);
        var relativeNames = outer.ReadSequence();
        outer.ThrowIfNotEmpty();
        while (relativeNames.HasData)
        {
            var set = relativeNames.ReadSetOf();
            if (!set.HasData)
            {
                throw new AsnContentException("a relative distinguished name is empty");
            }

            while (set.HasData)
            {
                var attribute = set.ReadSequence();
                _ = attribute.ReadObjectIdentifier();
                var valueTag = attribute.PeekTag();
                if (valueTag.TagClass != TagClass.Universal || valueTag.IsConstructed || !IsNameStringType((UniversalTagNumber)valueTag.TagValue))
                {
                    throw new AsnContentException("a name attribute's value is not a string");
                }

                if (!IsWellFormedString((UniversalTagNumber)valueTag.TagValue, attribute.ReadEncodedValue()))
                {
                    throw new AsnContentException("a name attribute's string is not well-formed in its character set");
                }

                attribute.ThrowIfNotEmpty();
            }
        }

        return encoded;
    }

    // DirectoryString (RFC 5280 §4.1.2.4) and the IA5/Numeric strings of emailAddress, domainComponent and the like;
    // OpenSSL's X509_NAME decoder refuses an INTEGER or OCTET STRING here, so must this reader.
    private static bool IsNameStringType(UniversalTagNumber tag) => tag is UniversalTagNumber.UTF8String or UniversalTagNumber.PrintableString
        or UniversalTagNumber.TeletexString or UniversalTagNumber.UniversalString or UniversalTagNumber.BMPString
        or UniversalTagNumber.IA5String or UniversalTagNumber.NumericString;

    // OpenSSL converts every name string to UTF-8 while decoding (to canonicalise the name) and refuses the
    // certificate when it cannot: invalid UTF-8, a BMPString of odd length, a UniversalString not in 4-byte units.
    private static bool IsWellFormedString(UniversalTagNumber tag, ReadOnlyMemory<byte> encoded)
    {
        _ = AsnDecoder.ReadEncodedValue(encoded.Span, AsnEncodingRules.DER, out var offset, out var length, out _);
        var contents = encoded.Span.Slice(offset, length);
        return tag switch
        {
            UniversalTagNumber.UTF8String => System.Text.Unicode.Utf8.IsValid(contents),
            UniversalTagNumber.BMPString => contents.Length % 2 == 0,
            UniversalTagNumber.UniversalString => contents.Length % 4 == 0,
            _ => true,
        };
    }

    // RFC 5280 §4.1.2.5: UTCTime through 2049, GeneralizedTime from 2050; YY of 50 and above is 19YY.
    private static DateTimeOffset ReadTime(AsnReader validity) =>
        validity.PeekTag().HasSameClassAndValue(Asn1Tag.UtcTime) ? validity.ReadUtcTime(2049) : validity.ReadGeneralizedTime();
}
