using System.Text.Json;
using System.Text.Json.Nodes;
using TrustCheck.Attestations.Codecs;
using TrustCheck.Attestations.Pep740;
using TrustCheck.Attestations.Policies;

namespace TrustCheck.Attestations.Tests.Verification;

/// <summary>
/// The deliberate leniencies of docs/attestations.md ("Lenient decoding"), each pinned on the real worked-example
/// attestation: accepted encodings of the same bytes still verify, and the near misses that are not accepted fail.
/// </summary>
public sealed class LenientDecodingTests
{
    private static readonly DistributionIdentity Sdist = new("pypi_attestations-0.0.19.tar.gz", "9bb1add04b1b4e182be6b0b80931593f7a291eb49d69b4fd728a5d4cbcdc4bd3");

    [Theory]
    [InlineData("url-safe-unpadded", true)]
    [InlineData("line-breaks", true)]
    [InlineData("crlf-line-breaks", true)]
    [InlineData("standard-unpadded", true)]
    [InlineData("space", false)]
    [InlineData("tab", false)]
    public void Statement_ReEncoded_VerifiesOnlyInTheAcceptedForms(string form, bool verifies)
    {
        var attestation = JsonNode.Parse(WorkedExample.Attestation.GetRawText())!;
        var envelope = attestation["envelope"]!;
        var bytes = Convert.FromBase64String(envelope["statement"]!.GetValue<string>());
        var standard = Convert.ToBase64String(bytes);
        Assert.EndsWith("=", standard, StringComparison.Ordinal);
        envelope["statement"] = form switch
        {
            "url-safe-unpadded" => standard.TrimEnd('=').Replace('+', '-').Replace('/', '_'),
            "line-breaks" => standard[..20] + "\n" + standard[20..],
            "crlf-line-breaks" => standard[..20] + "\r\n" + standard[20..],
            "standard-unpadded" => standard.TrimEnd('='),
            "space" => standard[..20] + " " + standard[20..],
            _ => standard[..20] + "\t" + standard[20..],
        };

        Assert.Equal(verifies, Verify(attestation) == AttestationStatus.Verified);
    }

    [Fact]
    public void Base64Text_UrlSafeAndStandard_DecodeToTheSameBytes()
    {
        byte[] bytes = [0xFB, 0xFF, 0xBF, 0x00, 0x01];

        Assert.True(Base64Text.TryDecode(Convert.ToBase64String(bytes), out var standard));
        Assert.True(Base64Text.TryDecode(Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_'), out var urlSafe));
        Assert.Equal(bytes, standard);
        Assert.Equal(bytes, urlSafe);
        Assert.False(Base64Text.TryDecode("not base64!", out _));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void LogIndex_AsProtobufStringOrAsJsonNumber_Verifies(bool asNumber)
    {
        var attestation = JsonNode.Parse(WorkedExample.Attestation.GetRawText())!;
        var entry = attestation["verification_material"]!["transparency_entries"]![0]!;
        var index = long.Parse(entry["logIndex"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        entry["logIndex"] = asNumber ? JsonValue.Create(index) : JsonValue.Create(index.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(AttestationStatus.Verified, Verify(attestation));
    }

    [Fact]
    public void LogIndex_AsFractionOrText_IsRejected()
    {
        var attestation = JsonNode.Parse(WorkedExample.Attestation.GetRawText())!;
        attestation["verification_material"]!["transparency_entries"]![0]!["logIndex"] = "1.5e3";

        Assert.Equal(AttestationStatus.Failed, Verify(attestation));
    }

    [Theory]
    [InlineData("pypi_attestations-0.0.19.tar.gz", true)]
    [InlineData("PYPI-Attestations-0.0.19.tar.gz", true)]
    [InlineData("pypi.attestations-0.0.019.tar.gz", true)]
    [InlineData("pypi_attestations-0.0.19.TAR.GZ", false)]
    [InlineData("pypi_attestations-0.0.19.tgz", false)]
    public void DistributionName_NormalisedOnlyWhereTheSpecsSay(string filename, bool verifies)
    {
        var attestation = JsonNode.Parse(WorkedExample.Attestation.GetRawText())!;

        Assert.Equal(verifies, Verify(attestation, Sdist with { Filename = filename }) == AttestationStatus.Verified);
    }

    [Fact]
    public void DistributionDigest_IsComparedExactlyInLowerCase()
    {
        var attestation = JsonNode.Parse(WorkedExample.Attestation.GetRawText())!;

        Assert.Equal(AttestationStatus.Failed, Verify(attestation, Sdist with { Sha256 = Sdist.Sha256.ToUpperInvariant() }));
    }

    private static AttestationStatus Verify(JsonNode attestation, DistributionIdentity? distribution = null)
    {
        using var root = TrustRoot.TrustedRootTests.Load("vectors/trusted_root/production.trusted_root.json");
        using var document = JsonDocument.Parse(attestation.ToJsonString());
        return new Pep740Verifier(root).VerifyAttestation(document.RootElement, distribution ?? Sdist, new GitHubPublisherPolicy("trailofbits/pypi-attestations", "release.yml")).Status;
    }
}
