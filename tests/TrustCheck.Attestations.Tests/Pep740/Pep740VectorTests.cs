using System.Text.Json;
using TrustCheck.Attestations.Pep740;
using TrustCheck.Attestations.Policies;
using TrustCheck.Attestations.TrustRoot;
using TrustCheck.TestKit;

namespace TrustCheck.Attestations.Tests.Pep740;

public sealed class Pep740VectorTests
{
    public static TheoryData<string> Cases =>
        [.. Directory.GetDirectories(SharedData.PathOf("vectors/pep740")).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Verify_Pep740Case_MeetsItsExpectedOutcome(string name)
    {
        var folder = SharedData.PathOf("vectors/pep740/" + name);
        var testCase = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "case.json"))).RootElement;

        var (status, failure) = Run(folder, testCase);

        var optional = testCase.TryGetProperty("optional", out var o) && o.GetBoolean();
        if (optional)
        {
            return;
        }

        if (testCase.GetProperty("expected").GetString() == "pass")
        {
            Assert.True(status == AttestationStatus.Verified, $"{name}: {failure}");
        }
        else
        {
            Assert.NotEqual(AttestationStatus.Verified, status);
            Assert.NotNull(failure);
        }
    }

    [Fact]
    public void Verify_UnsupportedPublisher_IsUnsupportedNotFailed()
    {
        var folder = SharedData.PathOf("vectors/pep740/fail-unsupported-publisher-kind-activestate");

        var (status, failure) = Run(folder, JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "case.json"))).RootElement);

        Assert.Equal(AttestationStatus.Unsupported, status);
        Assert.Contains("ActiveState", failure?.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://github.com/trailofbits/pypi-attestations", true)]
    [InlineData("https://github.com/trailofbits/pypi-attestations.git", true)]
    [InlineData("https://github.com/trailofbits/other", false)]
    [InlineData("https://gitlab.com/trailofbits/pypi-attestations", false)]
    public void VerifyProvenance_ExpectedRepository_MustMatchTheCertificate(string repository, bool verifies)
    {
        var folder = SharedData.PathOf("vectors/pep740/gh-provenance-pypi-attestations-0.0.19");
        using var root = TrustedRootTests_Load(Path.Combine(folder, "../../trusted_root/production.trusted_root.json"));
        var distribution = new DistributionIdentity("pypi_attestations-0.0.19.tar.gz", "9bb1add04b1b4e182be6b0b80931593f7a291eb49d69b4fd728a5d4cbcdc4bd3");

        var result = new Pep740Verifier(root).VerifyProvenance(File.ReadAllBytes(Path.Combine(folder, "provenance.json")), distribution, additionalPolicy: new ExpectedRepositoryPolicy(new Uri(repository)));

        Assert.Equal(verifies, result.Status == AttestationStatus.Verified);
    }

    private static (AttestationStatus Status, TrustCheck.Attestations.Verification.VerificationFailure? Failure) Run(string folder, JsonElement testCase)
    {
        using var root = TrustedRootTests_Load(Path.Combine(folder, testCase.GetProperty("trusted_root").GetString()!));
        var verifier = new Pep740Verifier(root);
        var distributionElement = testCase.GetProperty("distribution");
        var distribution = new DistributionIdentity(distributionElement.GetProperty("filename").GetString()!, distributionElement.GetProperty("sha256").GetString()!);
        var input = File.ReadAllBytes(Path.Combine(folder, testCase.GetProperty("input").GetString()!));
        var policyElement = testCase.GetProperty("policy");
        IIdentityPolicy? policy = policyElement.GetProperty("kind").GetString() switch
        {
            "identity" => new IdentityPolicy(policyElement.GetProperty("identity").GetString()!, policyElement.GetProperty("issuer").GetString()),
            "publisher" => PublisherPolicy(policyElement.GetProperty("publisher")),
            _ => null,
        };

        if (testCase.GetProperty("input_kind").GetString() == "provenance")
        {
            var result = verifier.VerifyProvenance(input, distribution, policy);
            return (result.Status, result.Failure);
        }

        var attestation = verifier.VerifyAttestation(JsonDocument.Parse(input).RootElement, distribution, policy!);
        return (attestation.Status, attestation.Failure);
    }

    private static IIdentityPolicy PublisherPolicy(JsonElement publisher)
    {
        Assert.Null(PublisherReader.TryRead(publisher, out var parsed));
        return parsed!.ToPolicy()!;
    }

    private static TrustedRoot TrustedRootTests_Load(string path)
    {
        Assert.Null(TrustedRoot.TryParse(File.ReadAllBytes(path), out var root));
        return root!;
    }
}
