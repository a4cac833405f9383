using System.Security.Cryptography.X509Certificates;
using TrustCheck.Attestations.Certificates;
using TrustCheck.TestKit.Fuzzing;

namespace TrustCheck.Attestations.Tests.Fuzzing;

/// <summary>
/// The DER readers on mutations of the real Fulcio signing certificates: structure (TBS, signature), the
/// precertificate rebuilt for SCTs, the SCT list, the Fulcio identity extensions, the leaf profile and the
/// self-signed test. A malformed certificate is refused with a reason and nothing throws: the signing certificate is
/// read with managed DER (<see cref="LeafCertificate"/>) and its key import's errors become reasons.
/// </summary>
[Trait("Category", "Fuzz")]
public sealed class CertificateFuzzTests
{
    private const string SctListOid = "1.3.6.1.4.1.11129.2.4.2";

    [Fact]
    public void Certificate_MutatedRealLeafCertificates_ReadOrFailCleanly()
    {
        var seeds = DerivedSeeds.Certificates;
        Assert.True(seeds.Count >= 5, $"only {seeds.Count} certificates");

        var summary = FuzzCampaign.Mutate("der-certificate", seeds, ReadEverything);

        Assert.Equal(FuzzBudget.Inputs, summary.Inputs);
    }

    [Fact]
    public void SctList_MutatedRealExtensions_ReadOrFailCleanly()
    {
        var seeds = DerivedSeeds.Certificates
            .Select(der => X509CertificateLoader.LoadCertificate(der).Extensions[SctListOid]?.RawData)
            .OfType<byte[]>()
            .ToList();
        Assert.NotEmpty(seeds);

        var summary = FuzzCampaign.Mutate(
            "sct-list",
            seeds,
            input => SignedCertificateTimestamp.TryReadList(input, out _) is null ? FuzzOutcome.Accepted : FuzzOutcome.Rejected);

        Assert.Equal(FuzzBudget.Inputs, summary.Inputs);
    }

    private static FuzzOutcome ReadEverything(byte[] der)
    {
        _ = CertificateFacts.IsSelfSigned(der);
        if (CertificateStructure.TryRead(der, out var structure))
        {
            _ = structure!.Precertificate();
        }

        if (SigningCertificate.TryLoad(der, out var signing) is not null)
        {
            return FuzzOutcome.Rejected;
        }

        using (signing)
        {
            var certificate = signing!.Leaf;
            if (certificate.FindExtension(SctListOid) is { } sct)
            {
                _ = SignedCertificateTimestamp.TryReadList(sct.Value.Span, out _);
            }

            var identity = FulcioIdentityReader.TryRead(certificate, out _);
            var profile = LeafProfile.Check(certificate);
            return structure is not null && identity is not null && profile is null ? FuzzOutcome.Accepted : FuzzOutcome.Rejected;
        }
    }
}
