using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TrustCheck.Attestations.Pep740;
using TrustCheck.Attestations.Policies;
using TrustCheck.Attestations.Tests.TrustRoot;

namespace TrustCheck.Attestations.Tests.Pep740;

/// <summary>
/// Corrupted real attestations — flipped bytes in every base64 field, truncations, deep nesting — must come back as
/// failures, never as exceptions and never as verified.
/// </summary>
public sealed class MalformedInputTests
{
    private static readonly DistributionIdentity Distribution = new("pypi_attestations-0.0.19.tar.gz", "9bb1add04b1b4e182be6b0b80931593f7a291eb49d69b4fd728a5d4cbcdc4bd3");
    private static readonly GitHubPublisherPolicy Policy = new("trailofbits/pypi-attestations", "release.yml");

    public static TheoryData<string> Fields => ["certificate", "canonicalizedBody", "statement", "signature", "signedEntryTimestamp", "rootHash", "checkpoint"];

    [Theory]
    [MemberData(nameof(Fields))]
    public void VerifyAttestation_BytesFlippedInAField_FailsWithoutThrowing(string field)
    {
        using var root = TrustedRootTests.Load("vectors/trusted_root/production.trusted_root.json");
        var verifier = new Pep740Verifier(root);
        var random = new Random(field.Length * 7919);

        for (var trial = 0; trial < 40; trial++)
        {
            var attestation = JsonNode.Parse(WorkedExample.Attestation.GetRawText())!;
            Corrupt(attestation, field, random);

            var result = verifier.VerifyAttestation(JsonDocument.Parse(attestation.ToJsonString()).RootElement, Distribution, Policy);

            Assert.NotEqual(AttestationStatus.Verified, result.Status);
            Assert.NotNull(result.Failure);
        }
    }

    [Fact]
    public void VerifyAttestation_EscapedCharactersInBase64_StillVerify()
    {
        using var root = TrustedRootTests.Load("vectors/trusted_root/production.trusted_root.json");
        var raw = WorkedExample.Attestation.GetRawText();
        var body = WorkedExample.LogEntry.GetProperty("canonicalizedBody").GetString()!;
        var escaped = raw.Replace(body, "\\u" + ((int)body[0]).ToString("x4", System.Globalization.CultureInfo.InvariantCulture) + body[1..], StringComparison.Ordinal);
        Assert.NotEqual(raw, escaped);

        var result = new Pep740Verifier(root).VerifyAttestation(JsonDocument.Parse(escaped).RootElement, Distribution, Policy);

        Assert.Equal(AttestationStatus.Verified, result.Status);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(100)]
    [InlineData(5000)]
    public void VerifyProvenance_TruncatedOrNested_FailsWithoutThrowing(int depthOrCut)
    {
        using var root = TrustedRootTests.Load("vectors/trusted_root/production.trusted_root.json");
        var verifier = new Pep740Verifier(root);
        var full = Encoding.UTF8.GetBytes(WorkedExample.Read("vectors/pep740/gh-provenance-pypi-attestations-0.0.19/provenance.json").GetRawText());

        var truncated = verifier.VerifyProvenance(full.AsSpan(0, Math.Min(depthOrCut, full.Length - 1)), Distribution);
        var nested = verifier.VerifyProvenance(Encoding.UTF8.GetBytes(new string('[', depthOrCut) + new string(']', depthOrCut)), Distribution);

        Assert.Equal(AttestationStatus.Failed, truncated.Status);
        Assert.Equal(AttestationStatus.Failed, nested.Status);
    }

    private static void Corrupt(JsonNode attestation, string field, Random random)
    {
        var material = attestation["verification_material"]!;
        var entry = material["transparency_entries"]![0]!;
        (JsonNode Parent, string Key) target = field switch
        {
            "certificate" => (material, "certificate"),
            "canonicalizedBody" => (entry, "canonicalizedBody"),
            "statement" => (attestation["envelope"]!, "statement"),
            "signature" => (attestation["envelope"]!, "signature"),
            "signedEntryTimestamp" => (entry["inclusionPromise"]!, "signedEntryTimestamp"),
            "rootHash" => (entry["inclusionProof"]!, "rootHash"),
            _ => (entry["inclusionProof"]!["checkpoint"]!, "envelope"),
        };
        var value = target.Parent[target.Key]!.GetValue<string>();
        if (field == "checkpoint")
        {
            var chars = value.ToCharArray();
            chars[random.Next(chars.Length)] = (char)random.Next(32, 127);
            target.Parent[target.Key] = random.Next(4) == 0 ? value[..random.Next(value.Length)] : new string(chars);
            return;
        }

        var bytes = Convert.FromBase64String(value);
        switch (random.Next(3))
        {
            case 0:
                bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
                break;
            case 1:
                bytes = bytes[..random.Next(bytes.Length)];
                break;
            default:
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                break;
        }

        target.Parent[target.Key] = Convert.ToBase64String(bytes);
    }
}
