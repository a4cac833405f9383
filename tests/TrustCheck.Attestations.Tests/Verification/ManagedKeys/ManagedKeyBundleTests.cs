using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using TrustCheck.Attestations.Crypto;
using TrustCheck.Attestations.Policies;
using TrustCheck.Attestations.TrustRoot;
using TrustCheck.Attestations.Verification;
using TrustCheck.TestKit.Pki;

namespace TrustCheck.Attestations.Tests.Verification.ManagedKeys;

/// <summary>
/// Bundles signed with managed keys of every supported algorithm, minted and logged by a private Sigstore instance:
/// good ones verify in both forms, and each spoiled one fails at the stage that owns the problem.
/// </summary>
public sealed class ManagedKeyBundleTests : IDisposable
{
    private static readonly DateTimeOffset Epoch = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly byte[] Artifact = Encoding.UTF8.GetBytes("an artifact signed with a managed key\n");
    private readonly TestSigstore _sigstore = new(Epoch);
    private readonly TrustedRoot _root;

    public ManagedKeyBundleTests()
    {
        Assert.Null(TrustedRoot.TryParse(_sigstore.TrustedRootJson(), out var root));
        _root = root!;
    }

    public static TheoryData<TestKeyType> KeyTypes => [.. Enum.GetValues<TestKeyType>()];

    public void Dispose()
    {
        _root.Dispose();
        _sigstore.Dispose();
    }

    [Theory]
    [MemberData(nameof(KeyTypes))]
    public void VerifyArtifact_MessageSignatureByEachKeyType_Verifies(TestKeyType type)
    {
        using var key = new TestSigningKey(type);

        var result = Verify(key, new TestKeyBundleOptions());

        Assert.True(result.IsVerified, result.Failure?.ToString());
        Assert.Equal([Epoch.AddDays(1)], result.SigningTimes);
        Assert.Null(result.Identity);
    }

    [Theory]
    [MemberData(nameof(KeyTypes))]
    public void VerifyArtifact_DsseEnvelopeByEachKeyType_VerifiesWithItsStatement(TestKeyType type)
    {
        using var key = new TestSigningKey(type);

        var result = Verify(key, new TestKeyBundleOptions { Dsse = true });

        Assert.True(result.IsVerified, result.Failure?.ToString());
        Assert.Equal(TestKeyBundles.InTotoPayloadType, result.Envelope?.PayloadType);
    }

    [Fact]
    public void VerifyArtifact_DsseAboutAnotherArtifact_FailsAtSubject()
    {
        using var key = new TestSigningKey(TestKeyType.EcdsaP256);
        var bundle = Encoding.UTF8.GetBytes(TestKeyBundles.Mint(_sigstore, key, Artifact, new TestKeyBundleOptions { Dsse = true }));
        using var policy = Policy(key);

        var result = new BundleVerifier(_root).VerifyArtifact(bundle, SHA256.HashData("another artifact"u8), policy);

        Assert.Equal(VerificationStage.Subject, result.Failure?.Stage);
    }

    [Fact]
    public void VerifyArtifact_WithoutHint_VerifiesAgainstTheGivenKey()
    {
        using var key = new TestSigningKey(TestKeyType.EcdsaP256);

        var result = Verify(key, new TestKeyBundleOptions { WithoutHint = true });

        Assert.True(result.IsVerified, result.Failure?.ToString());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void VerifyArtifact_AnotherKeyGiven_FailsAtIdentityOnTheHint(bool dsse)
    {
        using var key = new TestSigningKey(TestKeyType.EcdsaP256);
        using var other = new TestSigningKey(TestKeyType.EcdsaP256);
        var bundle = Encoding.UTF8.GetBytes(TestKeyBundles.Mint(_sigstore, key, Artifact, new TestKeyBundleOptions { Dsse = dsse }));
        using var policy = Policy(other);

        var result = new BundleVerifier(_root).VerifyArtifact(bundle, SHA256.HashData(Artifact), policy);

        Assert.Equal(VerificationStage.Identity, result.Failure?.Stage);
        Assert.Contains("names another key", result.Failure!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void VerifyArtifact_HintNamingAnotherKey_FailsAtIdentity()
    {
        using var key = new TestSigningKey(TestKeyType.Ed25519);

        var result = Verify(key, new TestKeyBundleOptions { Hint = Convert.ToBase64String(SHA256.HashData("another key"u8)) });

        Assert.Equal(VerificationStage.Identity, result.Failure?.Stage);
        Assert.Contains("names another key", result.Failure!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void VerifyArtifact_AnotherKeyGivenForHintlessBundle_FailsAtLogBody()
    {
        using var key = new TestSigningKey(TestKeyType.EcdsaP256);
        using var other = new TestSigningKey(TestKeyType.EcdsaP256);
        var bundle = Encoding.UTF8.GetBytes(TestKeyBundles.Mint(_sigstore, key, Artifact, new TestKeyBundleOptions { WithoutHint = true }));
        using var policy = Policy(other);

        var result = new BundleVerifier(_root).VerifyArtifact(bundle, SHA256.HashData(Artifact), policy);

        Assert.Equal(VerificationStage.LogBody, result.Failure?.Stage);
        Assert.Contains("logged public key differs", result.Failure!.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TestKeyType.EcdsaP256, false)]
    [InlineData(TestKeyType.EcdsaP256, true)]
    [InlineData(TestKeyType.Ed25519, false)]
    [InlineData(TestKeyType.Ed25519, true)]
    [InlineData(TestKeyType.RsaPss, false)]
    public void VerifyArtifact_SignatureByAnotherKey_FailsAtSignature(TestKeyType type, bool dsse)
    {
        using var key = new TestSigningKey(type);
        using var other = new TestSigningKey(type);

        var result = Verify(key, new TestKeyBundleOptions { SignedBy = other, Dsse = dsse });

        Assert.Equal(VerificationStage.Signature, result.Failure?.Stage);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void VerifyArtifact_LogBodyCarryingAnotherKey_FailsAtLogBody(bool dsse)
    {
        using var key = new TestSigningKey(TestKeyType.Ed25519);
        using var other = new TestSigningKey(TestKeyType.Ed25519);

        var result = Verify(key, new TestKeyBundleOptions { LoggedKey = other, Dsse = dsse });

        Assert.Equal(VerificationStage.LogBody, result.Failure?.Stage);
        Assert.Contains("logged public key differs", result.Failure!.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void VerifyArtifact_LogBodyCarryingAnotherSignature_FailsAtLogBody(bool dsse)
    {
        using var key = new TestSigningKey(TestKeyType.EcdsaP384);

        var result = Verify(key, new TestKeyBundleOptions { LogAnotherSignature = true, Dsse = dsse });

        Assert.Equal(VerificationStage.LogBody, result.Failure?.Stage);
        Assert.Contains("logged signature differs", result.Failure!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void VerifyArtifact_NoTlogEntry_FailsAtBundle()
    {
        using var key = new TestSigningKey(TestKeyType.EcdsaP256);

        var result = Verify(key, new TestKeyBundleOptions { WithoutTlogEntry = true });

        Assert.Equal(VerificationStage.Bundle, result.Failure?.Stage);
        Assert.Contains("0 transparency-log entries", result.Failure!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void VerifyArtifact_NeitherProofNorPromise_FailsAtBundle()
    {
        using var key = new TestSigningKey(TestKeyType.EcdsaP256);

        var result = Verify(key, new TestKeyBundleOptions { WithoutInclusionProof = true, WithoutInclusionPromise = true, WithRfc3161Timestamp = true });

        Assert.Equal(VerificationStage.Bundle, result.Failure?.Stage);
        Assert.Contains("neither an inclusion proof with a checkpoint nor an inclusion promise", result.Failure!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void VerifyArtifact_PromiseWithoutProof_VerifiesOnTheVerifiedPromise()
    {
        using var key = new TestSigningKey(TestKeyType.EcdsaP256);

        var result = Verify(key, new TestKeyBundleOptions { WithoutInclusionProof = true });

        Assert.True(result.IsVerified, result.Failure?.ToString());
        Assert.Equal([Epoch.AddDays(1)], result.SigningTimes);
    }

    [Fact]
    public void VerifyArtifact_PromiseWithoutProofOverAnotherTime_FailsAtInclusionPromise()
    {
        using var key = new TestSigningKey(TestKeyType.EcdsaP256);
        var bundle = JsonNode.Parse(TestKeyBundles.Mint(_sigstore, key, Artifact, new TestKeyBundleOptions { WithoutInclusionProof = true }))!;
        var entry = bundle["verificationMaterial"]!["tlogEntries"]![0]!;
        entry["integratedTime"] = (Epoch.AddDays(2).ToUnixTimeSeconds()).ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var policy = Policy(key);

        var result = new BundleVerifier(_root).VerifyArtifact(Encoding.UTF8.GetBytes(bundle.ToJsonString()), SHA256.HashData(Artifact), policy);

        Assert.Equal(VerificationStage.InclusionPromise, result.Failure?.Stage);
    }

    [Fact]
    public void VerifyArtifact_ProofWithoutPromiseDatedByTimestamp_Verifies()
    {
        using var key = new TestSigningKey(TestKeyType.EcdsaP256);

        var result = Verify(key, new TestKeyBundleOptions { WithoutInclusionPromise = true, WithRfc3161Timestamp = true });

        Assert.True(result.IsVerified, result.Failure?.ToString());
    }

    [Fact]
    public void VerifyArtifact_ProofWithoutPromiseOrTimestamp_FailsAtBundleForNothingDatesIt()
    {
        using var key = new TestSigningKey(TestKeyType.EcdsaP256);

        var result = Verify(key, new TestKeyBundleOptions { WithoutInclusionPromise = true });

        Assert.Equal(VerificationStage.Bundle, result.Failure?.Stage);
        Assert.Contains("nothing dates the signature", result.Failure!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void VerifyArtifact_Ed25519MessageSignatureWithDigestOnly_FailsAtSignature()
    {
        using var key = new TestSigningKey(TestKeyType.Ed25519);
        var bundle = Encoding.UTF8.GetBytes(TestKeyBundles.Mint(_sigstore, key, Artifact));
        using var policy = Policy(key);

        var result = new BundleVerifier(_root).VerifyArtifact(bundle, SHA256.HashData(Artifact), policy);

        Assert.Equal(VerificationStage.Signature, result.Failure?.Stage);
        Assert.Contains("signs the artifact itself", result.Failure!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void VerifyArtifact_KeyBundleWithIdentityPolicy_FailsAtBundle()
    {
        using var key = new TestSigningKey(TestKeyType.EcdsaP256);
        var bundle = Encoding.UTF8.GetBytes(TestKeyBundles.Mint(_sigstore, key, Artifact));

        var result = new BundleVerifier(_root).VerifyArtifact(bundle, SHA256.HashData(Artifact), new IdentityPolicy("someone@example.com", "https://issuer.example"));

        Assert.Equal(VerificationStage.Bundle, result.Failure?.Stage);
        Assert.Contains("signed with a managed key", result.Failure!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void VerifyArtifact_RsaKeyRestrictedToPkcs1_RejectsAPssSignature()
    {
        using var key = new TestSigningKey(TestKeyType.RsaPss);
        var bundle = Encoding.UTF8.GetBytes(TestKeyBundles.Mint(_sigstore, key, Artifact));
        Assert.Null(PublicKeyPolicy.TryFromSubjectPublicKeyInfo(key.SubjectPublicKeyInfo, KeyAlgorithm.RsaPkcs1Sha256, out var pkcs1Only));
        using (pkcs1Only)
        {
            var result = new BundleVerifier(_root).VerifyArtifact(bundle, SHA256.HashData(Artifact), pkcs1Only!);

            Assert.Equal(VerificationStage.Signature, result.Failure?.Stage);
        }
    }

    private static PublicKeyPolicy Policy(TestSigningKey key)
    {
        Assert.Null(PublicKeyPolicy.TryFromPem(key.PublicKeyPem, out var policy));
        return policy!;
    }

    private BundleVerificationResult Verify(TestSigningKey key, TestKeyBundleOptions options)
    {
        var bundle = Encoding.UTF8.GetBytes(TestKeyBundles.Mint(_sigstore, key, Artifact, options));
        using var policy = Policy(key);
        return new BundleVerifier(_root).VerifyArtifact(bundle, SHA256.HashData(Artifact), policy, Artifact);
    }
}
