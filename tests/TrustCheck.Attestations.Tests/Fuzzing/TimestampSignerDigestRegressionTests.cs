using System.Text.Json.Nodes;
using TrustCheck.Attestations.Bundles;
using TrustCheck.Attestations.TrustRoot;
using TrustCheck.Attestations.Verification;

namespace TrustCheck.Attestations.Tests.Fuzzing;

/// <summary>
/// Found by bundle-verify-raw (seed 740, input 22150): one base64 character turned the RFC 3161 token's SignerInfo
/// digestAlgorithm from sha256 into sha384 (an unsigned label) and the bundle still verified, because BouncyCastle
/// hashes with the digest ecdsa-with-SHA256 implies. RFC 5652 computes the message digest with the label's algorithm:
/// such a token is malformed and must fail at <c>timestamp</c>.
/// </summary>
public sealed class TimestampSignerDigestRegressionTests
{
    private const string Case = "bundle-verify/rekor2-timestamp-with-expired-cert-chain";

    /// <summary>SignerInfo: digestAlgorithm SEQUENCE { sha256 } (this TSA omits the NULL) directly followed by the signed attributes [0].</summary>
    private static readonly byte[] SignerDigestSha256 = [0x30, 0x0B, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x01, 0xA0];

    [Theory]
    [InlineData(0x02)] // sha384, the fuzzer's find
    [InlineData(0x03)] // sha512
    public void Verify_TimestampSignerDigestRelabelledToAnotherSha2_FailsAtTheTimestamp(byte sha2)
    {
        var seed = ConformanceSeed.All.Single(s => s.Name == Case);

        var failure = Verify(seed, Relabelled(seed.Bundle, sha2));

        Assert.Equal(VerificationStage.Timestamp, failure!.Stage);
        Assert.Contains("hashes with 2.16.840.1.101.3.4.2.1", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_TimestampSignerDigestAsSigned_StillVerifies()
    {
        var seed = ConformanceSeed.All.Single(s => s.Name == Case);

        Assert.Null(Verify(seed, Relabelled(seed.Bundle, 0x01)));
    }

    /// <summary>The case's bundle with its token's signer digest OID ending in <paramref name="lastByte"/>, as raw bytes.</summary>
    private static byte[] Relabelled(byte[] json, byte lastByte)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        var timestamp = node["verificationMaterial"]!["timestampVerificationData"]!["rfc3161Timestamps"]![0]!.AsObject();
        var token = Convert.FromBase64String(timestamp["signedTimestamp"]!.GetValue<string>());
        var at = token.AsSpan().IndexOf(SignerDigestSha256);
        Assert.True(at > 0, "no SHA-256 signer digest before the signed attributes");
        token[at + 12] = lastByte;
        timestamp["signedTimestamp"] = Convert.ToBase64String(token);
        return System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(node);
    }

    private static VerificationFailure? Verify(ConformanceSeed seed, byte[] json)
    {
        Assert.Null(BundleReader.TryRead(json, out var bundle));
        Assert.Null(TrustedRoot.TryParse(File.ReadAllBytes(seed.TrustedRootPath), out var root));
        using (root)
        {
            var expectation = bundle!.DsseEnvelope is null ? new ArtifactExpectation(seed.ArtifactDigest) : ArtifactExpectation.DsseSubject;
            var result = new BundleVerifier(root!).Verify(bundle, seed.Policy, expectation);
            Assert.Equal(result.Failure is null, result.IsVerified);
            return result.Failure;
        }
    }
}
