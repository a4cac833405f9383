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

    /// <summary>
    /// Differential against the platform loader: whatever mutated certificate the managed reader accepts (with its key),
    /// <c>X509CertificateLoader</c> loads too, with the same validity, names, extensions and an ECDSA P-256/P-384
    /// key. The managed reader may refuse more (non-DER inside the TBS, duplicate extensions), never less.
    /// </summary>
    [Fact]
    public void SigningCertificate_MutatedRealLeafCertificates_AcceptedOnlyWhenThePlatformLoaderAccepts()
    {
        var summary = FuzzCampaign.Mutate("leaf-certificate-differential", DerivedSeeds.Certificates, NeverMoreLenientThanThePlatform);

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

    private static FuzzOutcome NeverMoreLenientThanThePlatform(byte[] der)
    {
        if (SigningCertificate.TryLoad(der, out var signing) is not null)
        {
            return FuzzOutcome.Rejected;
        }

        using (signing)
        {
            var leaf = signing!.Leaf;
            using var platform = X509CertificateLoader.LoadCertificate(der);
            using var key = platform.GetECDsaPublicKey();
            var same = key is { KeySize: 256 or 384 }
                && platform.Version == leaf.Version
                && new DateTimeOffset(platform.NotBefore.ToUniversalTime()) == leaf.NotBefore
                && new DateTimeOffset(platform.NotAfter.ToUniversalTime()) == leaf.NotAfter
                && platform.IssuerName.RawData.AsSpan().SequenceEqual(leaf.IssuerName.Span)
                && platform.Extensions.Count == leaf.Extensions.Count
                && platform.Extensions.Select(e => e.Oid!.Value).SequenceEqual(leaf.Extensions.Select(e => e.Oid));
            return same ? FuzzOutcome.Accepted : throw new InvalidOperationException("the managed reader accepted a certificate the platform reads differently");
        }
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
