using System.Text;
using System.Text.Json;
using TrustCheck.Attestations.Pep740;
using TrustCheck.Attestations.Policies;
using TrustCheck.Attestations.TrustRoot;
using TrustCheck.Attestations.Verification;
using TrustCheck.TestKit.Pki;

namespace TrustCheck.Attestations.Tests.Verification;

/// <summary>
/// Attestations minted by a private Sigstore instance (generated CA, CT log and transparency log keys): a good one
/// verifies, and each spoiled one fails at the stage that owns the problem.
/// </summary>
public sealed class NegativeMatrixTests : IDisposable
{
    private static readonly DateTimeOffset Epoch = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset SignedAt = Epoch.AddDays(30);
    private readonly TestSigstore _sigstore = new(Epoch);
    private readonly TrustedRoot _root;

    public NegativeMatrixTests()
    {
        Assert.Null(TrustedRoot.TryParse(_sigstore.TrustedRootJson(), out var root));
        _root = root!;
    }

    public static TheoryData<string, VerificationStage> Spoiled => new()
    {
        { nameof(TestAttestationOptions.IntegratedSecondsAfterNotBefore), VerificationStage.Chain },
        { nameof(TestAttestationOptions.SctFromUnknownLog), VerificationStage.Sct },
        { nameof(TestAttestationOptions.CheckpointFromUnknownKey), VerificationStage.Checkpoint },
        { nameof(TestAttestationOptions.ProofForAnotherLeaf), VerificationStage.InclusionProof },
        { nameof(TestAttestationOptions.UntrustedIssuer), VerificationStage.Chain },
        { nameof(TestAttestationOptions.SignatureByAnotherKey), VerificationStage.Signature },
        { nameof(TestAttestationOptions.WithoutCodeSigning), VerificationStage.Chain },
        { nameof(TestAttestationOptions.WithoutInclusionPromise), VerificationStage.Bundle },
        { nameof(TestAttestationOptions.SubjectSha256), VerificationStage.Subject },
        { nameof(TestAttestationOptions.SubjectName), VerificationStage.Subject },
        { nameof(TestAttestationOptions.Repository), VerificationStage.Identity },
        { nameof(TestAttestationOptions.PredicateType), VerificationStage.Statement },
    };

    public void Dispose()
    {
        _root.Dispose();
        _sigstore.Dispose();
    }

    [Fact]
    public void Verify_MintedAttestation_Verifies()
    {
        var result = Verify(new TestAttestationOptions());

        Assert.True(result.Status == AttestationStatus.Verified, result.Failure?.ToString());
        Assert.Equal("https://github.com/pypa/sampleproject", result.Identity?.SourceRepositoryUri);
        Assert.Equal([SignedAt.AddSeconds(5)], result.SigningTimes);
    }

    [Fact]
    public void VerifyProvenance_MintedProvenance_UsesTheBundlesPublisher()
    {
        var provenance = TestSigstore.Provenance("pypa/sampleproject", "release.yml", _sigstore.MintAttestation(SignedAt));

        var result = new Pep740Verifier(_root).VerifyProvenance(Encoding.UTF8.GetBytes(provenance), Distribution());

        Assert.Equal(AttestationStatus.Verified, result.Status);
        Assert.Equal("pypa/sampleproject", Assert.Single(result.Attestations).Publisher?.Repository);
    }

    [Fact]
    public void VerifyProvenance_PublisherNamesAnotherWorkflow_FailsAtIdentity()
    {
        var provenance = TestSigstore.Provenance("pypa/sampleproject", "nightly.yml", _sigstore.MintAttestation(SignedAt));

        var result = new Pep740Verifier(_root).VerifyProvenance(Encoding.UTF8.GetBytes(provenance), Distribution());

        Assert.Equal(VerificationStage.Identity, result.Failure?.Stage);
    }

    [Theory]
    [MemberData(nameof(Spoiled))]
    public void Verify_OneThingSpoiled_FailsAtItsStage(string spoiled, VerificationStage expected)
    {
        var options = spoiled switch
        {
            nameof(TestAttestationOptions.IntegratedSecondsAfterNotBefore) => new TestAttestationOptions { IntegratedSecondsAfterNotBefore = 11 * 60 },
            nameof(TestAttestationOptions.SctFromUnknownLog) => new TestAttestationOptions { SctFromUnknownLog = true },
            nameof(TestAttestationOptions.CheckpointFromUnknownKey) => new TestAttestationOptions { CheckpointFromUnknownKey = true },
            nameof(TestAttestationOptions.ProofForAnotherLeaf) => new TestAttestationOptions { ProofForAnotherLeaf = true },
            nameof(TestAttestationOptions.UntrustedIssuer) => new TestAttestationOptions { UntrustedIssuer = true },
            nameof(TestAttestationOptions.SignatureByAnotherKey) => new TestAttestationOptions { SignatureByAnotherKey = true },
            nameof(TestAttestationOptions.WithoutCodeSigning) => new TestAttestationOptions { WithoutCodeSigning = true },
            nameof(TestAttestationOptions.WithoutInclusionPromise) => new TestAttestationOptions { WithoutInclusionPromise = true },
            nameof(TestAttestationOptions.SubjectSha256) => new TestAttestationOptions { SubjectSha256 = new string('b', 64) },
            nameof(TestAttestationOptions.SubjectName) => new TestAttestationOptions { SubjectName = "sampleproject-4.0.1.tar.gz" },
            nameof(TestAttestationOptions.Repository) => new TestAttestationOptions { Repository = "attacker/sampleproject" },
            _ => new TestAttestationOptions { PredicateType = "https://example.com/unknown/v1" },
        };

        var result = Verify(options);

        Assert.NotEqual(AttestationStatus.Verified, result.Status);
        Assert.Equal(expected, result.Failure?.Stage);
    }

    [Fact]
    public void Verify_SignedBeforeTheCasTrustedWindow_FailsAtChain()
    {
        var rootJson = System.Text.Json.Nodes.JsonNode.Parse(_sigstore.TrustedRootJson())!;
        rootJson["certificateAuthorities"]![0]!["validFor"]!["start"] = SignedAt.AddDays(1).ToString("O");
        Assert.Null(TrustedRoot.TryParse(Encoding.UTF8.GetBytes(rootJson.ToJsonString()), out var laterRoot));
        using var _ = laterRoot;

        var result = new Pep740Verifier(laterRoot!).VerifyAttestation(JsonDocument.Parse(_sigstore.MintAttestation(SignedAt)).RootElement, Distribution(), Policy());

        Assert.Equal(VerificationStage.Chain, result.Failure?.Stage);
        Assert.Contains("no trusted certificate authority valid at", result.Failure!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_TrustedRootWithoutTheLog_FailsAtTrustRoot()
    {
        var rootJson = System.Text.Json.Nodes.JsonNode.Parse(_sigstore.TrustedRootJson())!;
        rootJson["tlogs"] = new System.Text.Json.Nodes.JsonArray();
        Assert.Null(TrustedRoot.TryParse(Encoding.UTF8.GetBytes(rootJson.ToJsonString()), out var noLogRoot));
        using var _ = noLogRoot;

        var result = new Pep740Verifier(noLogRoot!).VerifyAttestation(JsonDocument.Parse(_sigstore.MintAttestation(SignedAt)).RootElement, Distribution(), Policy());

        Assert.Equal(VerificationStage.TrustRoot, result.Failure?.Stage);
    }

    private AttestationVerificationResult Verify(TestAttestationOptions options) =>
        new Pep740Verifier(_root).VerifyAttestation(JsonDocument.Parse(_sigstore.MintAttestation(SignedAt, options)).RootElement, Distribution(), Policy());

    private static GitHubPublisherPolicy Policy() => new("pypa/sampleproject", "release.yml");

    private static DistributionIdentity Distribution() => new("sampleproject-4.0.0.tar.gz", new string('a', 64));
}
