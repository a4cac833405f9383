using TrustCheck.Attestations.Pep740;
using TrustCheck.Attestations.Verification;
using TrustCheck.TestKit;

namespace TrustCheck.Attestations.Tests.Pep740;

public sealed class Pep740DocumentTests
{
    [Theory]
    [InlineData("gh-provenance-pypi-attestations-0.0.19/provenance.json", Pep740DocumentKind.Provenance)]
    [InlineData("staging-identity-rfc8785-0.1.2-wheel/attestation.json", Pep740DocumentKind.Attestation)]
    public void TryDetect_RealDocuments_AreTheirKind(string file, Pep740DocumentKind expected)
    {
        var failure = Pep740Document.TryDetect(File.ReadAllBytes(SharedData.PathOf("vectors/pep740/" + file)), out var kind);

        Assert.Null(failure);
        Assert.Equal(expected, kind);
    }

    [Theory]
    [InlineData("[]", "array")]
    [InlineData("null", "null")]
    [InlineData("\"provenance\"", "string")]
    [InlineData("3", "number")]
    [InlineData("{}", "not a PEP 740 provenance object")]
    [InlineData("{\"attestation_bundles\": {}}", "not a PEP 740 provenance object")]
    [InlineData("{\"verification_material\": {}}", "not a PEP 740 provenance object")]
    [InlineData("", "not JSON")]
    [InlineData("{", "not JSON")]
    public void TryDetect_NeitherKind_FailsAtTheBundleStageSayingWhy(string json, string reason)
    {
        var failure = Pep740Document.TryDetect(System.Text.Encoding.UTF8.GetBytes(json), out _);

        Assert.NotNull(failure);
        Assert.Equal(VerificationStage.Bundle, failure.Stage);
        Assert.Contains(reason, failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void TryDetect_InvalidUtf8InAString_IsNotUtf8Text()
    {
        byte[] json = [.. "{\"attestation_bundles\": [], \"x\": \""u8, 0xC3, 0x28, .. "\"}"u8];

        var failure = Pep740Document.TryDetect(json, out _);

        Assert.NotNull(failure);
        Assert.Contains("not UTF-8", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_ProvenanceAndItsOwnAttestation_AgreeThroughTheOneEntryPoint()
    {
        using var root = TrustRoot.TrustedRootTests.Load("vectors/trusted_root/production.trusted_root.json");
        var verifier = new Pep740Verifier(root);
        var distribution = new DistributionIdentity("pypi_attestations-0.0.19.tar.gz", "9bb1add04b1b4e182be6b0b80931593f7a291eb49d69b4fd728a5d4cbcdc4bd3");
        var provenance = File.ReadAllBytes(SharedData.PathOf("vectors/pep740/gh-provenance-pypi-attestations-0.0.19/provenance.json"));
        using var document = System.Text.Json.JsonDocument.Parse(provenance);
        var attestation = System.Text.Encoding.UTF8.GetBytes(document.RootElement.GetProperty("attestation_bundles")[0].GetProperty("attestations")[0].GetRawText());

        var whole = verifier.Verify(provenance, distribution);
        var single = verifier.Verify(attestation, distribution, new TrustCheck.Attestations.Policies.ExpectedRepositoryPolicy(new Uri("https://github.com/trailofbits/pypi-attestations")));

        Assert.Equal((Pep740DocumentKind.Provenance, AttestationStatus.Verified), (whole.Kind!.Value, whole.Result.Status));
        Assert.Equal((Pep740DocumentKind.Attestation, AttestationStatus.Verified), (single.Kind!.Value, single.Result.Status));
        Assert.Throws<ArgumentException>(() => verifier.Verify(attestation, distribution));
        Assert.Null(verifier.Verify("[]"u8, distribution).Kind);
    }
}
