using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using TrustCheck.Attestations.Policies;
using TrustCheck.Attestations.TrustRoot;
using TrustCheck.Attestations.Verification;
using TrustCheck.TestKit;

namespace TrustCheck.Attestations.Tests.Verification.ManagedKeys;

/// <summary>
/// The real managed-key bundle of the sigstore-conformance suite (<c>managed-key-no-key_fail</c>, signed on Sigstore's
/// public-good Rekor), read in place: without a key, as its name says, it must fail; and the real cosign-style hint in
/// it is the one <see cref="PublicKeyPolicy"/> computes for the key its log entry records.
/// </summary>
public sealed class ManagedKeyConformanceTests
{
    private const string Case = "vectors/conformance/bundle-verify/managed-key-no-key_fail";

    private static byte[] Bundle => File.ReadAllBytes(SharedData.PathOf(Case + "/bundle.sigstore.json"));

    private static byte[] ArtifactDigest => SHA256.HashData(File.ReadAllBytes(SharedData.PathOf("vectors/conformance/bundle-verify/a.txt")));

    [Fact]
    public void VerifyArtifact_WithACertificateIdentityInsteadOfAKey_FailsAtBundle()
    {
        using var root = ProductionRoot();

        var result = new BundleVerifier(root).VerifyArtifact(Bundle, ArtifactDigest, new IdentityPolicy(
            "https://github.com/sigstore-conformance/extremely-dangerous-public-oidc-beacon/.github/workflows/extremely-dangerous-oidc-beacon.yml@refs/heads/main",
            "https://token.actions.githubusercontent.com"));

        Assert.Equal(VerificationStage.Bundle, result.Failure?.Stage);
        Assert.Contains("signed with a managed key", result.Failure!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void VerifyArtifact_WithTheKeyItsLogEntryRecords_VerifiesAndTheHintIsTheConventionalOne()
    {
        using var root = ProductionRoot();
        using var key = LoggedKey();
        var hint = JsonNode.Parse(Bundle)!["verificationMaterial"]!["publicKey"]!["hint"]!.GetValue<string>();

        var result = new BundleVerifier(root).VerifyArtifact(Bundle, ArtifactDigest, key);

        Assert.Equal(hint, key.Hint);
        Assert.True(result.IsVerified, result.Failure?.ToString());
        Assert.Equal(2, result.SigningTimes.Count);
    }

    [Fact]
    public void VerifyArtifact_WithAnotherKey_FailsAtIdentity()
    {
        using var root = ProductionRoot();
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        Assert.Null(PublicKeyPolicy.TryFromSubjectPublicKeyInfo(ecdsa.ExportSubjectPublicKeyInfo(), out var other));
        using (other)
        {
            var result = new BundleVerifier(root).VerifyArtifact(Bundle, ArtifactDigest, other!);

            Assert.Equal(VerificationStage.Identity, result.Failure?.Stage);
        }
    }

    [Fact]
    public void VerifyArtifact_CertificateBundleWithAKey_FailsAtBundle()
    {
        using var root = ProductionRoot();
        using var key = LoggedKey();
        var certificateBundle = File.ReadAllBytes(SharedData.PathOf("vectors/conformance/bundle-verify/happy-path-v0.3/bundle.sigstore.json"));

        var result = new BundleVerifier(root).VerifyArtifact(certificateBundle, ArtifactDigest, key);

        Assert.Equal(VerificationStage.Bundle, result.Failure?.Stage);
        Assert.Contains("carries a signing certificate, but a public key was given", result.Failure!.Reason, StringComparison.Ordinal);
    }

    private static TrustedRoot ProductionRoot()
    {
        Assert.Null(TrustedRoot.TryParse(File.ReadAllBytes(SharedData.PathOf("vectors/trusted_root/production.trusted_root.json")), out var root));
        return root!;
    }

    /// <summary>The PEM key the case's hashedrekord body records (decoded at run time; nothing is copied).</summary>
    private static PublicKeyPolicy LoggedKey()
    {
        var entry = JsonNode.Parse(Bundle)!["verificationMaterial"]!["tlogEntries"]![0]!;
        var body = JsonNode.Parse(Convert.FromBase64String(entry["canonicalizedBody"]!.GetValue<string>()))!;
        var pem = Encoding.ASCII.GetString(Convert.FromBase64String(body["spec"]!["signature"]!["publicKey"]!["content"]!.GetValue<string>()));
        Assert.Null(PublicKeyPolicy.TryFromPem(pem, out var key));
        return key!;
    }
}
