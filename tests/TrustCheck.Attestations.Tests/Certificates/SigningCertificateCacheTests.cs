using System.Text.Json.Nodes;
using TrustCheck.Attestations.Certificates;
using TrustCheck.Attestations.Pep740;
using TrustCheck.Attestations.Policies;
using TrustCheck.Attestations.Tests.TrustRoot;
using TrustCheck.Attestations.Verification;

namespace TrustCheck.Attestations.Tests.Certificates;

public sealed class SigningCertificateCacheTests
{
    private static readonly DistributionIdentity Sdist = new("pypi_attestations-0.0.19.tar.gz", "9bb1add04b1b4e182be6b0b80931593f7a291eb49d69b4fd728a5d4cbcdc4bd3");
    private static readonly GitHubPublisherPolicy Publisher = new("trailofbits/pypi-attestations", "release.yml");

    private static byte[] LeafDer => Convert.FromBase64String(
        WorkedExample.Attestation.GetProperty("verification_material").GetProperty("certificate").GetString()!);

    [Fact]
    public void GetOrLoad_SameBytesTwice_DecodesOnce()
    {
        var cache = new SigningCertificateCache();

        Assert.Null(cache.GetOrLoad(LeafDer, out var first));
        Assert.Null(cache.GetOrLoad(LeafDer, out var second));

        Assert.Same(first, second);
    }

    [Fact]
    public void GetOrLoad_CallerChangesItsBufferAfterwards_EntryKeepsTheBytesItWasDecodedFrom()
    {
        var cache = new SigningCertificateCache();
        var buffer = LeafDer;
        Assert.Null(cache.GetOrLoad(buffer, out var cached));

        buffer[^1] ^= 0x01;
        var failure = cache.GetOrLoad(buffer, out var changed);

        Assert.Equal(LeafDer, cached!.Der);
        Assert.Equal(LeafDer, cached.Der);
        Assert.True(failure is not null || !ReferenceEquals(cached, changed));
    }

    [Fact]
    public void GetOrLoad_NotACertificate_FailsAndRemembersNothing()
    {
        var cache = new SigningCertificateCache();

        Assert.NotNull(cache.GetOrLoad([0x30, 0x03, 0x02, 0x01, 0x00], out var signing));
        Assert.Null(signing);
        Assert.Null(cache.GetOrLoad(LeafDer, out _));
    }

    [Fact]
    public void IsSignedBy_WrongIssuerAskedTwice_StaysFalseAndDoesNotBlockTheRightOne()
    {
        using var root = TrustedRootTests.Load("vectors/trusted_root/production.trusted_root.json");
        Assert.Null(SigningCertificate.TryLoad(LeafDer, out var signing));
        using (signing)
        {
            var chain = root.CertificateAuthorities.Single(a => a.Certificates.Count > 1).Certificates;
            var (intermediate, selfSigned) = (chain[0], chain[^1]);

            Assert.False(signing!.IsSignedBy(selfSigned));
            Assert.False(signing.IsSignedBy(selfSigned));
            Assert.True(signing.IsSignedBy(intermediate));
            Assert.True(signing.IsSignedBy(intermediate));
        }
    }

    [Fact]
    public void VerifyAttestation_CertificateSignatureAlteredAfterTheGenuineOneWasCached_FailsAtTheChain()
    {
        using var root = TrustedRootTests.Load("vectors/trusted_root/production.trusted_root.json");
        var verifier = new Pep740Verifier(root);
        var genuine = JsonNode.Parse(WorkedExample.Attestation.GetRawText())!;
        Assert.Equal(AttestationStatus.Verified, verifier.VerifyAttestation(ToElement(genuine), Sdist, Publisher).Status);

        var der = LeafDer;
        der[^1] ^= 0x01;
        var altered = genuine.DeepClone();
        altered["verification_material"]!["certificate"] = Convert.ToBase64String(der);
        var result = verifier.VerifyAttestation(ToElement(altered), Sdist, Publisher);

        Assert.Equal(AttestationStatus.Failed, result.Status);
        Assert.Equal(VerificationStage.Chain, result.Failure!.Stage);
        Assert.Equal(AttestationStatus.Verified, verifier.VerifyAttestation(ToElement(genuine), Sdist, Publisher).Status);
    }

    private static System.Text.Json.JsonElement ToElement(JsonNode node) => System.Text.Json.JsonDocument.Parse(node.ToJsonString()).RootElement.Clone();
}
