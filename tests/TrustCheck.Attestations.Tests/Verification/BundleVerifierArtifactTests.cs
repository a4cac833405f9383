using System.Security.Cryptography;
using TrustCheck.Attestations.Policies;
using TrustCheck.Attestations.TrustRoot;
using TrustCheck.Attestations.Verification;
using TrustCheck.TestKit;

namespace TrustCheck.Attestations.Tests.Verification;

/// <summary>A bundle verified against the artifact it must be about: message signatures and DSSE subjects alike.</summary>
public sealed class BundleVerifierArtifactTests
{
    private const string Identity = "https://github.com/sigstore-conformance/extremely-dangerous-public-oidc-beacon/.github/workflows/extremely-dangerous-oidc-beacon.yml@refs/heads/main";
    private const string Issuer = "https://token.actions.githubusercontent.com";

    private static readonly byte[] ArtifactDigest = SHA256.HashData(File.ReadAllBytes(SharedData.PathOf("vectors/conformance/bundle-verify/a.txt")));

    [Theory]
    [InlineData("happy-path-v0.3")]
    [InlineData("rekor2-dsse-happy-path")]
    [InlineData("rekor2-happy-path")]
    public void VerifyArtifact_TheSignedArtifact_Verifies(string name)
    {
        var (bundle, root) = Case(name);
        using (root)
        {
            var result = new BundleVerifier(root).VerifyArtifact(bundle, ArtifactDigest, new IdentityPolicy(Identity, Issuer));

            Assert.True(result.IsVerified, result.Failure?.ToString());
        }
    }

    [Theory]
    [InlineData("happy-path-v0.3", VerificationStage.Signature)]
    [InlineData("rekor2-happy-path", VerificationStage.Signature)]
    [InlineData("rekor2-dsse-happy-path", VerificationStage.Subject)]
    public void VerifyArtifact_AnotherArtifact_FailsAtTheStageThatBindsIt(string name, VerificationStage stage)
    {
        var (bundle, root) = Case(name);
        using (root)
        {
            var other = SHA256.HashData("another artifact"u8);

            var result = new BundleVerifier(root).VerifyArtifact(bundle, other, new IdentityPolicy(Identity, Issuer));

            Assert.False(result.IsVerified);
            Assert.True(result.Failure!.Stage is VerificationStage.Signature or VerificationStage.LogBody or VerificationStage.Subject);
            Assert.Equal(stage == VerificationStage.Subject, result.Failure.Stage == VerificationStage.Subject);
            Assert.Null(result.Envelope);
        }
    }

    [Fact]
    public void VerifyArtifact_DigestNotThirtyTwoBytes_IsMisuse()
    {
        var (bundle, root) = Case("happy-path-v0.3");
        using (root)
        {
            Assert.Throws<ArgumentException>(() => new BundleVerifier(root).VerifyArtifact(bundle, new byte[31], new IdentityPolicy(Identity, Issuer)));
        }
    }

    [Fact]
    public void VerifyArtifact_NotABundle_FailsAtTheBundleStage()
    {
        using var root = TrustRoot.TrustedRootTests.Load("vectors/trusted_root/production.trusted_root.json");

        var result = new BundleVerifier(root).VerifyArtifact("{}"u8, ArtifactDigest, new IdentityPolicy(Identity, Issuer));

        Assert.Equal(VerificationStage.Bundle, result.Failure!.Stage);
    }

    private static (byte[] Bundle, TrustedRoot Root) Case(string name)
    {
        var folder = "vectors/conformance/bundle-verify/" + name;
        var ownRoot = Path.Combine(SharedData.PathOf(folder), "trusted_root.json");
        var root = TrustRoot.TrustedRootTests.Load(File.Exists(ownRoot) ? folder + "/trusted_root.json" : "vectors/trusted_root/production.trusted_root.json");
        return (File.ReadAllBytes(SharedData.PathOf(folder + "/bundle.sigstore.json")), root);
    }
}
