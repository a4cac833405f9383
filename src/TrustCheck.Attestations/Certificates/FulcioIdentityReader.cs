using System.Formats.Asn1;
using System.Text;

namespace TrustCheck.Attestations.Certificates;

/// <summary>Decodes a Fulcio certificate's identity extensions and subject alternative names.</summary>
internal static class FulcioIdentityReader
{
    /// <summary>Reads the identity; null with a reason when an extension is malformed.</summary>
    public static FulcioIdentity? TryRead(LeafCertificate certificate, out string? error)
    {
        error = null;
        var values = new Dictionary<int, string>();
        string? issuerV1 = null;
        IReadOnlyList<string> names = [];
        try
        {
            foreach (var extension in certificate.Extensions)
            {
                var oid = extension.Oid;
                if (oid == FulcioOids.SubjectAlternativeName)
                {
                    names = ReadSubjectAlternativeNames(extension.Value);
                }
                else if (oid.StartsWith(FulcioOids.Arc, StringComparison.Ordinal) &&
                    int.TryParse(oid.AsSpan(FulcioOids.Arc.Length), System.Globalization.CultureInfo.InvariantCulture, out var number))
                {
                    if (number is >= 1 and <= 6)
                    {
                        // The deprecated extensions hold the string's bytes with no DER wrapper.
                        var raw = Encoding.UTF8.GetString(extension.Value.Span);
                        if (number == 1)
                        {
                            issuerV1 = raw;
                        }
                    }
                    else if (number >= 8)
                    {
                        values[number] = new AsnReader(extension.Value, AsnEncodingRules.DER).ReadCharacterString(UniversalTagNumber.UTF8String);
                    }
                }
            }
        }
        catch (AsnContentException exception)
        {
            error = $"a Fulcio extension is not DER-encoded as expected: {exception.Message}";
            return null;
        }

        string? Get(int number) => values.GetValueOrDefault(number);
        return new FulcioIdentity
        {
            Issuer = Get(8) ?? issuerV1,
            IssuerV1 = issuerV1,
            SubjectAlternativeNames = names,
            BuildSignerUri = Get(9),
            BuildSignerDigest = Get(10),
            RunnerEnvironment = Get(11),
            SourceRepositoryUri = Get(12),
            SourceRepositoryDigest = Get(13),
            SourceRepositoryRef = Get(14),
            SourceRepositoryIdentifier = Get(15),
            SourceRepositoryOwnerUri = Get(16),
            SourceRepositoryOwnerIdentifier = Get(17),
            BuildConfigUri = Get(18),
            BuildConfigDigest = Get(19),
            BuildTrigger = Get(20),
            RunInvocationUri = Get(21),
            SourceRepositoryVisibility = Get(22),
            DeploymentEnvironment = Get(23),
        };
    }

    private static List<string> ReadSubjectAlternativeNames(ReadOnlyMemory<byte> extensionValue)
    {
        var names = new List<string>();
        var sequence = new AsnReader(extensionValue, AsnEncodingRules.DER).ReadSequence();
        while (sequence.HasData)
        {
            var tag = sequence.PeekTag();
            if (tag.TagClass != TagClass.ContextSpecific)
            {
                sequence.ReadEncodedValue();
                continue;
            }

            switch (tag.TagValue)
            {
                case 0:
                    var otherName = sequence.ReadSequence(tag);
                    var typeId = otherName.ReadObjectIdentifier();
                    var explicitValue = otherName.ReadSequence(new Asn1Tag(TagClass.ContextSpecific, 0, isConstructed: true));
                    if (typeId == FulcioOids.OtherNameSan)
                    {
                        names.Add(explicitValue.ReadCharacterString(UniversalTagNumber.UTF8String));
                    }

                    break;
                case 1 or 6:
                    names.Add(sequence.ReadCharacterString(UniversalTagNumber.IA5String, tag));
                    break;
                default:
                    sequence.ReadEncodedValue();
                    break;
            }
        }

        return names;
    }
}
