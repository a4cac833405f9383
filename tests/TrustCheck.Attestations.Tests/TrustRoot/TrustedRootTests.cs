using System.Security.Cryptography;
using System.Text;
using TrustCheck.Attestations.Crypto;
using TrustCheck.Attestations.TrustRoot;
using TrustCheck.Attestations.Verification;
using TrustCheck.TestKit;

namespace TrustCheck.Attestations.Tests.TrustRoot;

public sealed class TrustedRootTests
{
    [Fact]
    public void TryParse_Production_HasTheDocumentedLogsAndAuthorities()
    {
        using var root = Load("vectors/trusted_root/production.trusted_root.json");

        Assert.Equal(2, root.TransparencyLogs.Count);
        Assert.Equal(2, root.CertificateTransparencyLogs.Count);
        Assert.Equal(2, root.CertificateAuthorities.Count);
        Assert.Single(root.TimestampAuthorities);
        Assert.Contains(root.TransparencyLogs, log => log.Key.Algorithm == KeyAlgorithm.Ed25519);
        Assert.Equal(["CN=sigstore-intermediate, O=sigstore.dev", "CN=sigstore, O=sigstore.dev"],
            root.CertificateAuthorities[1].Certificates.Select(c => c.Subject));
    }

    [Fact]
    public void TryParse_Production_EcdsaLogIdsAreTheKeyHashes()
    {
        using var root = Load("vectors/trusted_root/production.trusted_root.json");

        foreach (var log in root.TransparencyLogs.Concat(root.CertificateTransparencyLogs).Where(l => l.Key.Algorithm == KeyAlgorithm.EcdsaP256Sha256))
        {
            Assert.Equal(log.LogId.ToArray(), SHA256.HashData(log.Key.SubjectPublicKeyInfo.Span));
        }
    }

    [Fact]
    public void TryParse_Staging_RsaPkcs1CtKeyHashesAsSpki()
    {
        using var root = Load("vectors/trusted_root/staging.trusted_root.json");

        var rsa = Assert.Single(root.CertificateTransparencyLogs, l => l.Key.Algorithm == KeyAlgorithm.RsaPkcs1Sha256);
        Assert.Equal(rsa.LogId.ToArray(), SHA256.HashData(rsa.Key.SubjectPublicKeyInfo.Span));
    }

    [Fact]
    public void TryParse_StagingRekorV2_LogIdIsTheSignedNoteKeyId()
    {
        using var root = Load("vectors/trusted_root/staging.trusted_root.json");

        var v2Logs = root.TransparencyLogs.Where(l => l.Key.Algorithm == KeyAlgorithm.Ed25519).ToArray();
        Assert.NotEmpty(v2Logs);
        foreach (var log in v2Logs)
        {
            var keyId = SHA256.HashData([.. Encoding.UTF8.GetBytes(log.BaseUrl.Host), (byte)'\n', 0x01, .. log.Key.Ed25519RawKey]);
            Assert.Equal(keyId, log.LogId.ToArray());
        }
    }

    [Fact]
    public void FindTransparencyLog_WorkedExampleEntry_VerifiesItsCheckpointSignature()
    {
        using var root = Load("vectors/trusted_root/production.trusted_root.json");
        var entry = WorkedExample.LogEntry;
        var logId = Convert.FromBase64String(entry.GetProperty("logId").GetProperty("keyId").GetString()!);
        Assert.Null(Attestations.Transparency.Checkpoint.TryParse(
            entry.GetProperty("inclusionProof").GetProperty("checkpoint").GetProperty("envelope").GetString(), out var checkpoint));

        var log = root.FindTransparencyLog(logId);

        Assert.NotNull(log);
        Assert.Equal("rekor.sigstore.dev", log.BaseUrl.Host);
        var signature = Assert.Single(checkpoint!.Signatures);
        Assert.True(log.Key.Verify(checkpoint.SignedText.Span, signature.Signature.Span));
        Assert.False(log.Key.Verify([.. checkpoint.SignedText.Span, (byte)' '], signature.Signature.Span));
    }

    [Fact]
    public void TryParse_MissingValidityStart_IsRejected()
    {
        var json = File.ReadAllBytes(SharedData.PathOf("vectors/conformance/bundle-verify/trust-root-tlog-missing-validity-start_fail/trusted_root.json"));

        var failure = TrustedRoot.TryParse(json, out var root);

        Assert.Null(root);
        Assert.Equal(VerificationStage.TrustRoot, failure?.Stage);
        Assert.Contains("start", failure?.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("[]")]
    [InlineData("{\"mediaType\":\"application/json\"}")]
    [InlineData("{\"mediaType\":\"application/vnd.dev.sigstore.trustedroot+json;version=0.1\",\"tlogs\":[{\"baseUrl\":\"https://x\",\"hashAlgorithm\":\"SHA2_256\",\"publicKey\":{\"rawBytes\":\"AAAA\",\"keyDetails\":\"PKIX_ECDSA_P256_SHA_256\",\"validFor\":{\"start\":\"2021-01-01T00:00:00Z\"}},\"logId\":{\"keyId\":\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\"}}]}")]
    [InlineData("{\"mediaType\":\"application/vnd.dev.sigstore.trustedroot+json;version=0.1\",\"certificateAuthorities\":[{\"uri\":\"x\",\"certChain\":{\"certificates\":[]},\"validFor\":{\"start\":\"2021-01-01T00:00:00Z\"}}]}")]
    public void TryParse_MalformedDocument_FailsAtTheTrustRootStage(string json)
    {
        var failure = TrustedRoot.TryParse(Encoding.UTF8.GetBytes(json), out var root);

        Assert.Null(root);
        Assert.Equal(VerificationStage.TrustRoot, failure?.Stage);
    }

    [Fact]
    public void TimeRange_Contains_IsClosedAtBothEnds()
    {
        var start = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var range = new TimeRange(start, start.AddDays(1));

        Assert.True(range.Contains(start));
        Assert.True(range.Contains(start.AddDays(1)));
        Assert.False(range.Contains(start.AddTicks(-1)));
        Assert.False(range.Contains(start.AddDays(1).AddTicks(1)));
        Assert.True(new TimeRange(start, null).Contains(DateTimeOffset.MaxValue));
    }

    internal static TrustedRoot Load(string relativePath)
    {
        var failure = TrustedRoot.TryParse(File.ReadAllBytes(SharedData.PathOf(relativePath)), out var root);
        Assert.Null(failure);
        return root!;
    }
}
