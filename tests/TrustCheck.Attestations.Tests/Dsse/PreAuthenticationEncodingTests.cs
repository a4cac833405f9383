using System.Security.Cryptography;
using System.Text;
using TrustCheck.Attestations.Dsse;

namespace TrustCheck.Attestations.Tests.Dsse;

public sealed class PreAuthenticationEncodingTests
{
    [Fact]
    public void Encode_DsseSpecVector_MatchesTheSpecBytes()
    {
        var vector = WorkedExample.Read("vectors/dsse/dsse-spec-hello-world.json");

        var pae = PreAuthenticationEncoding.Encode(
            vector.GetProperty("payloadType").GetString()!, Encoding.UTF8.GetBytes(vector.GetProperty("payload_utf8").GetString()!));

        Assert.Equal(vector.GetProperty("pae_hex").GetString(), Convert.ToHexStringLower(pae));
    }

    [Fact]
    public void Encode_EdgeCases_MatchTheVector()
    {
        var vector = WorkedExample.Read("vectors/dsse/dsse-spec-hello-world.json");
        var cases = vector.GetProperty("pae_edge_cases").EnumerateArray().ToArray();
        Assert.NotEmpty(cases);

        foreach (var edge in cases)
        {
            var pae = PreAuthenticationEncoding.Encode(
                edge.GetProperty("payloadType").GetString()!, Encoding.UTF8.GetBytes(edge.GetProperty("payload_utf8").GetString()!));

            var expected = edge.TryGetProperty("pae_hex", out var hex)
                ? Convert.FromHexString(hex.GetString()!)
                : Encoding.UTF8.GetBytes(edge.GetProperty("pae_utf8").GetString()!);
            Assert.Equal(expected, pae);
        }
    }

    [Fact]
    public void Encode_DsseSpecVector_SignatureVerifiesAndNegativeDoesNot()
    {
        var vector = WorkedExample.Read("vectors/dsse/dsse-spec-hello-world.json");
        using var key = ECDsa.Create();
        key.ImportFromPem(vector.GetProperty("public_key").GetProperty("spki_pem").GetString());
        var signature = Convert.FromBase64String(vector.GetProperty("signature_der_b64").GetString()!);
        var pae = PreAuthenticationEncoding.Encode(vector.GetProperty("payloadType").GetString()!, "hello world"u8);
        var negative = Encoding.UTF8.GetBytes(vector.GetProperty("negative").GetProperty("pae_utf8").GetString()!);

        Assert.True(key.VerifyData(pae, signature, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence));
        Assert.False(key.VerifyData(negative, signature, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence));
    }

    [Fact]
    public void Encode_WorkedExampleStatement_HashesToTheRecordedPae()
    {
        var step = WorkedExample.Steps.GetProperty("1_dsse");
        var statement = Convert.FromBase64String(WorkedExample.Attestation.GetProperty("envelope").GetProperty("statement").GetString()!);

        var pae = PreAuthenticationEncoding.Encode(step.GetProperty("payloadType").GetString()!, statement);

        Assert.Equal(step.GetProperty("pae_sha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(pae)));
        Assert.StartsWith(step.GetProperty("pae_prefix_ascii").GetString()!, Encoding.UTF8.GetString(pae), StringComparison.Ordinal);
    }
}
