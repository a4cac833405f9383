using System.Security.Cryptography;
using TrustCheck.Attestations.Certificates;
using TrustCheck.Attestations.Tests.TrustRoot;

namespace TrustCheck.Attestations.Tests.Certificates;

public sealed class WorkedExampleCertificateTests
{
    private static readonly DateTimeOffset IntegratedTime = DateTimeOffset.FromUnixTimeSeconds(
        WorkedExample.Steps.GetProperty("6_time").GetProperty("integratedTime").GetInt64());

    private static byte[] LeafDer => Convert.FromBase64String(
        WorkedExample.Attestation.GetProperty("verification_material").GetProperty("certificate").GetString()!);

    private static LeafCertificate Leaf()
    {
        Assert.Null(LeafCertificate.TryRead(LeafDer, out var leaf));
        return leaf!;
    }

    [Fact]
    public void ToBeSignedWithout_SctList_MatchesThePrecertificateTbs()
    {
        var step = WorkedExample.Steps.GetProperty("8_sct");
        Assert.True(CertificateStructure.TryRead(LeafDer, out var structure));

        var tbs = structure!.Precertificate();

        Assert.Equal(step.GetProperty("tbs_without_sct_len").GetInt32(), tbs.Length);
        Assert.Equal(step.GetProperty("tbs_without_sct_sha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(tbs)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(100)]
    [InlineData(1000)]
    public void PrecertificateLength_TruncatedTbs_IsRejected(int cut)
    {
        Assert.True(CertificateStructure.TryRead(LeafDer, out var structure));
        var truncated = structure! with { ToBeSigned = structure.ToBeSigned[..(structure.ToBeSigned.Length - cut)] };

        Assert.Equal(-1, truncated.PrecertificateLength);
        Assert.Empty(truncated.Precertificate());
    }

    [Fact]
    public void SctVerifier_RealCertificate_VerifiesAgainstProductionCtLog()
    {
        using var root = TrustedRootTests.Load("vectors/trusted_root/production.trusted_root.json");
        var leaf = Leaf();
        var issuer = new CertificateChainValidator().FindIssuer(leaf, root.CertificateAuthorities, IntegratedTime, out var chainError);
        Assert.Null(chainError);

        Assert.Null(SctVerifier.Verify(leaf, issuer!, root));
        var step = WorkedExample.Steps.GetProperty("8_sct");
        Assert.Equal(step.GetProperty("issuer_key_hash_hex (SHA256 of intermediate SPKI DER)").GetString(),
            Convert.ToHexStringLower(SHA256.HashData(issuer!.PublicKey.ExportSubjectPublicKeyInfo())));
    }

    [Fact]
    public void SignedCertificateTimestamp_RealList_HasOneSctFromThe2022Log()
    {
        var leaf = Leaf();
        var step = WorkedExample.Steps.GetProperty("8_sct");

        Assert.Null(SignedCertificateTimestamp.TryReadList(leaf.FindExtension(FulcioOids.SignedCertificateTimestampList)!.Value.Span, out var list));

        var sct = Assert.Single(list);
        Assert.Equal(step.GetProperty("log_id_b64").GetString(), Convert.ToBase64String(sct.LogId.Span));
        Assert.Equal((ulong)step.GetProperty("timestamp_ms").GetInt64(), sct.TimestampMilliseconds);
        Assert.Equal(step.GetProperty("signature_der_b64").GetString(), Convert.ToBase64String(sct.Signature.Span));
    }

    [Fact]
    public void FindIssuer_AtIntegratedTime_ChainsToTheIntermediate()
    {
        using var root = TrustedRootTests.Load("vectors/trusted_root/production.trusted_root.json");
        var leaf = Leaf();

        var issuer = new CertificateChainValidator().FindIssuer(leaf, root.CertificateAuthorities, IntegratedTime, out var error);

        Assert.Null(error);
        Assert.Equal("CN=sigstore-intermediate, O=sigstore.dev", issuer!.Subject);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(601)]
    public void FindIssuer_OutsideTheTenMinuteValidity_Fails(int secondsFromIntegratedTime)
    {
        using var root = TrustedRootTests.Load("vectors/trusted_root/production.trusted_root.json");
        var leaf = Leaf();

        var issuer = new CertificateChainValidator().FindIssuer(
            leaf, root.CertificateAuthorities, IntegratedTime.AddSeconds(secondsFromIntegratedTime), out var error);

        Assert.Null(issuer);
        Assert.Contains("not valid at", error, StringComparison.Ordinal);
    }

    [Fact]
    public void FindIssuer_NotBeforeExactly_IsInclusive()
    {
        using var root = TrustedRootTests.Load("vectors/trusted_root/production.trusted_root.json");
        var leaf = Leaf();

        Assert.NotNull(new CertificateChainValidator().FindIssuer(
            leaf, root.CertificateAuthorities, leaf.NotBefore, out _));
        Assert.NotNull(new CertificateChainValidator().FindIssuer(
            leaf, root.CertificateAuthorities, leaf.NotAfter, out _));
    }

    [Fact]
    public void FindIssuer_StagingRoot_DoesNotTrustAProductionCertificate()
    {
        using var root = TrustedRootTests.Load("vectors/trusted_root/staging.trusted_root.json");
        var leaf = Leaf();

        Assert.Null(new CertificateChainValidator().FindIssuer(leaf, root.CertificateAuthorities, IntegratedTime, out var error));
        Assert.NotNull(error);
    }

    [Fact]
    public void FulcioIdentityReader_RealGitHubCertificate_DecodesTheClaims()
    {
        var leaf = Leaf();

        var identity = FulcioIdentityReader.TryRead(leaf, out var error);

        Assert.Null(error);
        Assert.Equal("https://token.actions.githubusercontent.com", identity!.Issuer);
        Assert.Equal("https://token.actions.githubusercontent.com", identity.IssuerV1);
        Assert.Equal("https://github.com/trailofbits/pypi-attestations", identity.SourceRepositoryUri);
        Assert.StartsWith("https://github.com/trailofbits/pypi-attestations/.github/workflows/release.yml@", identity.BuildConfigUri, StringComparison.Ordinal);
        Assert.Equal("github-hosted", identity.RunnerEnvironment);
        Assert.Equal(40, identity.SourceRepositoryDigest?.Length);
        var san = Assert.Single(identity.SubjectAlternativeNames);
        Assert.StartsWith("https://github.com/trailofbits/pypi-attestations/.github/workflows/release.yml@", san, StringComparison.Ordinal);
    }

    [Fact]
    public void LeafProfile_RealLeaf_PassesAndCaCertificateFails()
    {
        using var root = TrustedRootTests.Load("vectors/trusted_root/production.trusted_root.json");
        var leaf = Leaf();

        Assert.Null(LeafProfile.Check(leaf));
        Assert.Null(LeafCertificate.TryRead(root.CertificateAuthorities[1].Certificates[0].RawData, out var ca));
        Assert.Contains("CA", LeafProfile.Check(ca!), StringComparison.Ordinal);
    }
}
