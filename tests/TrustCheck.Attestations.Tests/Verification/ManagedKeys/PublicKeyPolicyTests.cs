using System.Security.Cryptography;
using TrustCheck.Attestations.Crypto;
using TrustCheck.Attestations.Policies;
using TrustCheck.TestKit.Pki;

namespace TrustCheck.Attestations.Tests.Verification.ManagedKeys;

public sealed class PublicKeyPolicyTests
{
    [Theory]
    [InlineData(TestKeyType.EcdsaP256, new[] { KeyAlgorithm.EcdsaP256Sha256 })]
    [InlineData(TestKeyType.EcdsaP384, new[] { KeyAlgorithm.EcdsaP384Sha384 })]
    [InlineData(TestKeyType.EcdsaP521, new[] { KeyAlgorithm.EcdsaP521Sha512 })]
    [InlineData(TestKeyType.Ed25519, new[] { KeyAlgorithm.Ed25519 })]
    [InlineData(TestKeyType.RsaPkcs1, new[] { KeyAlgorithm.RsaPkcs1Sha256, KeyAlgorithm.RsaPssSha256 })]
    public void TryFromPem_EachKeyType_InfersItsAlgorithms(TestKeyType type, KeyAlgorithm[] expected)
    {
        using var key = new TestSigningKey(type);

        Assert.Null(PublicKeyPolicy.TryFromPem(key.PublicKeyPem, out var policy));
        using (policy)
        {
            Assert.Equal(expected, policy!.Algorithms);
            Assert.Equal(key.SubjectPublicKeyInfo, policy.SubjectPublicKeyInfo.ToArray());
            Assert.Equal(Convert.ToBase64String(SHA256.HashData(key.SubjectPublicKeyInfo)), policy.Hint);
        }
    }

    [Fact]
    public void TryFromPem_Certificate_IsRefusedNamingTheLabel()
    {
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new System.Security.Cryptography.X509Certificates.CertificateRequest("CN=x", ecdsa, HashAlgorithmName.SHA256);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddDays(1));

        var error = PublicKeyPolicy.TryFromPem(certificate.ExportCertificatePem(), out var policy);

        Assert.Null(policy);
        Assert.Contains("'CERTIFICATE', not a 'PUBLIC KEY'", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not a pem at all", "no PEM block")]
    [InlineData("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n", "not a DER SubjectPublicKeyInfo")]
    public void TryFromPem_Garbage_IsRefused(string pem, string reason)
    {
        var error = PublicKeyPolicy.TryFromPem(pem, out var policy);

        Assert.Null(policy);
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryFromSubjectPublicKeyInfo_WeakRsaKey_IsRefused()
    {
        using var rsa = RSA.Create(1024);

        var error = PublicKeyPolicy.TryFromSubjectPublicKeyInfo(rsa.ExportSubjectPublicKeyInfo(), out var policy);

        Assert.Null(policy);
        Assert.Contains("at least 2048", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryFromSubjectPublicKeyInfo_TrailingBytes_AreRefused()
    {
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);

        var error = PublicKeyPolicy.TryFromSubjectPublicKeyInfo([.. ecdsa.ExportSubjectPublicKeyInfo(), 0], out var policy);

        Assert.Null(policy);
        Assert.NotNull(error);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("", true)]
    [InlineData("bm90IHRoaXMga2V5", false)]
    public void CheckHint_AbsentAcceptedOtherRefused(string? hint, bool accepted)
    {
        using var key = new TestSigningKey(TestKeyType.EcdsaP256);
        Assert.Null(PublicKeyPolicy.TryFromPem(key.PublicKeyPem, out var policy));
        using (policy)
        {
            Assert.Equal(accepted, policy!.CheckHint(hint) is null);
            Assert.Null(policy.CheckHint(key.Hint));
        }
    }
}
