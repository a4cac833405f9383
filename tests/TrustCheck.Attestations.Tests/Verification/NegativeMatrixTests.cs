using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TrustCheck.Attestations.Pep740;
using TrustCheck.Attestations.Policies;
using TrustCheck.Attestations.TrustRoot;
using TrustCheck.Attestations.Verification;
using TrustCheck.TestKit.Pki;

namespace TrustCheck.Attestations.Tests.Verification;

/// <summary>
/// Attestations minted by a private Sigstore instance (generated CA, CT log, Rekor v1 and v2 log and timestamp
/// authority keys): a good one verifies, with or without an RFC 3161 timestamp and as a timestamp-only Rekor v2
/// entry, and each spoiled one fails at the stage that owns the problem, with that problem as its reason.
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

    public static TheoryData<string, VerificationStage, string> Spoiled => new()
    {
        { nameof(TestAttestationOptions.IntegratedSecondsAfterNotBefore), VerificationStage.Chain, "the signing certificate is not valid at" },
        { nameof(TestAttestationOptions.SctFromUnknownLog), VerificationStage.Sct, "no SCT was issued by a CT log the trusted root lists" },
        { nameof(TestAttestationOptions.CheckpointFromUnknownKey), VerificationStage.Checkpoint, "no signature on the checkpoint verifies" },
        { nameof(TestAttestationOptions.ProofForAnotherLeaf), VerificationStage.InclusionProof, "differs from the proof's root hash" },
        { nameof(TestAttestationOptions.UntrustedIssuer), VerificationStage.Chain, "no trusted certificate authority valid at" },
        { nameof(TestAttestationOptions.SignatureByAnotherKey), VerificationStage.Signature, "the DSSE signature does not verify with the signing certificate's key" },
        { nameof(TestAttestationOptions.WithoutCodeSigning), VerificationStage.Chain, "extended key usage does not include codeSigning" },
        { nameof(TestAttestationOptions.WithoutInclusionPromise), VerificationStage.Bundle, "nothing dates the signature" },
        { nameof(TestAttestationOptions.SubjectSha256), VerificationStage.Subject, "is not the distribution's" },
        { nameof(TestAttestationOptions.SubjectName), VerificationStage.Subject, "the statement is about 'sampleproject-4.0.1.tar.gz'" },
        { nameof(TestAttestationOptions.Repository), VerificationStage.Identity, "the certificate's source repository is 'https://github.com/attacker/sampleproject'" },
        { nameof(TestAttestationOptions.PredicateType), VerificationStage.Statement, "unknown attestation type" },
        { nameof(TestAttestationOptions.InclusionPromiseByAnotherKey), VerificationStage.InclusionPromise, "the signed entry timestamp does not verify with the log's key" },
        { nameof(TestAttestationOptions.LogBodyForAnotherSignature), VerificationStage.LogBody, "the logged signature differs from the envelope's signature" },
        { nameof(TestAttestationOptions.TimestampOverAnotherSignature), VerificationStage.Timestamp, "message imprint is not the SHA-256 of the signature" },
        { nameof(TestAttestationOptions.TimestampFromUnknownAuthority), VerificationStage.Timestamp, "no trusted timestamp authority valid at" },
        { nameof(TestAttestationOptions.TimestampFromRetiredAuthority), VerificationStage.Timestamp, "no trusted timestamp authority valid at" },
        { nameof(TestAttestationOptions.TimestampSecondsAfterNotBefore), VerificationStage.Chain, "the signing certificate is not valid at" },
    };

    /// <summary>The spoils that apply to a Rekor v2 entry, which has no integrated time and no inclusion promise.</summary>
    public static TheoryData<string, VerificationStage, string> SpoiledTimestampOnly => new()
    {
        { nameof(TestAttestationOptions.CheckpointFromUnknownKey), VerificationStage.Checkpoint, "no signature on the checkpoint verifies" },
        { nameof(TestAttestationOptions.ProofForAnotherLeaf), VerificationStage.InclusionProof, "differs from the proof's root hash" },
        { nameof(TestAttestationOptions.SignatureByAnotherKey), VerificationStage.Signature, "the DSSE signature does not verify with the signing certificate's key" },
        { nameof(TestAttestationOptions.LogBodyForAnotherSignature), VerificationStage.LogBody, "the logged signature differs from the bundle's signature" },
        { nameof(TestAttestationOptions.TimestampOverAnotherSignature), VerificationStage.Timestamp, "message imprint is not the SHA-256 of the signature" },
        { nameof(TestAttestationOptions.TimestampFromUnknownAuthority), VerificationStage.Timestamp, "no trusted timestamp authority valid at" },
        { nameof(TestAttestationOptions.TimestampFromRetiredAuthority), VerificationStage.Timestamp, "no trusted timestamp authority valid at" },
        { nameof(TestAttestationOptions.TimestampSecondsAfterNotBefore), VerificationStage.Chain, "the signing certificate is not valid at" },
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

    [Fact]
    public void Verify_MintedAttestationWithRfc3161Timestamp_VerifiesWithBothTimes()
    {
        var result = Verify(new TestAttestationOptions { WithRfc3161Timestamp = true });

        Assert.True(result.Status == AttestationStatus.Verified, result.Failure?.ToString());
        Assert.Equal([SignedAt.AddSeconds(5), SignedAt.AddSeconds(3)], result.SigningTimes);
    }

    [Fact]
    public void Verify_TimestampOnlyRekorV2Entry_VerifiesWithTheTimestampsTime()
    {
        var result = Verify(new TestAttestationOptions { TimestampOnly = true });

        Assert.True(result.Status == AttestationStatus.Verified, result.Failure?.ToString());
        Assert.Equal([SignedAt.AddSeconds(3)], result.SigningTimes);
    }

    [Fact]
    public void Verify_WithoutInclusionPromiseButWithTimestamp_Verifies()
    {
        var result = Verify(new TestAttestationOptions { WithoutInclusionPromise = true, WithRfc3161Timestamp = true });

        Assert.True(result.Status == AttestationStatus.Verified, result.Failure?.ToString());
        Assert.Equal([SignedAt.AddSeconds(3)], result.SigningTimes);
    }

    [Fact]
    public void Verify_TimestampOnlyRekorV2EntryWithTimestampRemoved_FailsAtBundle()
    {
        var attestation = JsonNode.Parse(_sigstore.MintAttestation(SignedAt, new TestAttestationOptions { TimestampOnly = true }))!;
        Assert.True(attestation["verification_material"]!.AsObject().Remove("timestamps"));

        var result = Verify(attestation.ToJsonString());

        Assert.NotEqual(AttestationStatus.Verified, result.Status);
        Assert.Equal(VerificationStage.Bundle, result.Failure?.Stage);
        Assert.Contains("nothing dates the signature", result.Failure!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_TimestampFromRetiredAuthorityInsideItsWindow_Verifies()
    {
        var signedAt = _sigstore.RetiredTimestampAuthorityEnd.AddMinutes(-5);

        var result = Verify(_sigstore.MintAttestation(signedAt, new TestAttestationOptions { TimestampOnly = true, TimestampFromRetiredAuthority = true }));

        Assert.True(result.Status == AttestationStatus.Verified, result.Failure?.ToString());
        Assert.Equal([signedAt.AddSeconds(3)], result.SigningTimes);
    }

    [Theory]
    [MemberData(nameof(Spoiled))]
    public void Verify_OneThingSpoiled_FailsAtItsStage(string spoiled, VerificationStage expected, string reason)
    {
        var result = Verify(Spoil(spoiled, new TestAttestationOptions()));

        AssertFailedAt(result, expected, reason);
    }

    [Theory]
    [MemberData(nameof(SpoiledTimestampOnly))]
    public void Verify_OneThingSpoiledInTimestampOnlyRekorV2Entry_FailsAtItsStage(string spoiled, VerificationStage expected, string reason)
    {
        var result = Verify(Spoil(spoiled, new TestAttestationOptions { TimestampOnly = true }));

        AssertFailedAt(result, expected, reason);
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

    private static TestAttestationOptions Spoil(string spoiled, TestAttestationOptions good) => spoiled switch
    {
        nameof(TestAttestationOptions.IntegratedSecondsAfterNotBefore) => good with { IntegratedSecondsAfterNotBefore = 11 * 60 },
        nameof(TestAttestationOptions.SctFromUnknownLog) => good with { SctFromUnknownLog = true },
        nameof(TestAttestationOptions.CheckpointFromUnknownKey) => good with { CheckpointFromUnknownKey = true },
        nameof(TestAttestationOptions.ProofForAnotherLeaf) => good with { ProofForAnotherLeaf = true },
        nameof(TestAttestationOptions.UntrustedIssuer) => good with { UntrustedIssuer = true },
        nameof(TestAttestationOptions.SignatureByAnotherKey) => good with { SignatureByAnotherKey = true },
        nameof(TestAttestationOptions.WithoutCodeSigning) => good with { WithoutCodeSigning = true },
        nameof(TestAttestationOptions.WithoutInclusionPromise) => good with { WithoutInclusionPromise = true },
        nameof(TestAttestationOptions.SubjectSha256) => good with { SubjectSha256 = new string('b', 64) },
        nameof(TestAttestationOptions.SubjectName) => good with { SubjectName = "sampleproject-4.0.1.tar.gz" },
        nameof(TestAttestationOptions.Repository) => good with { Repository = "attacker/sampleproject" },
        nameof(TestAttestationOptions.PredicateType) => good with { PredicateType = "https://example.com/unknown/v1" },
        nameof(TestAttestationOptions.InclusionPromiseByAnotherKey) => good with { InclusionPromiseByAnotherKey = true },
        nameof(TestAttestationOptions.LogBodyForAnotherSignature) => good with { LogBodyForAnotherSignature = true },
        nameof(TestAttestationOptions.TimestampOverAnotherSignature) => good with { TimestampOverAnotherSignature = true },
        nameof(TestAttestationOptions.TimestampFromUnknownAuthority) => good with { TimestampFromUnknownAuthority = true },
        nameof(TestAttestationOptions.TimestampFromRetiredAuthority) => good with { TimestampFromRetiredAuthority = true },
        nameof(TestAttestationOptions.TimestampSecondsAfterNotBefore) => good with { WithRfc3161Timestamp = true, TimestampSecondsAfterNotBefore = 11 * 60 },
        _ => throw new ArgumentOutOfRangeException(nameof(spoiled), spoiled, "no such spoil"),
    };

    private static void AssertFailedAt(AttestationVerificationResult result, VerificationStage expected, string reason)
    {
        Assert.NotEqual(AttestationStatus.Verified, result.Status);
        Assert.Equal(expected, result.Failure?.Stage);
        Assert.Contains(reason, result.Failure!.Reason, StringComparison.Ordinal);
    }

    private AttestationVerificationResult Verify(TestAttestationOptions options) => Verify(_sigstore.MintAttestation(SignedAt, options));

    private AttestationVerificationResult Verify(string attestation) =>
        new Pep740Verifier(_root).VerifyAttestation(JsonDocument.Parse(attestation).RootElement, Distribution(), Policy());

    private static GitHubPublisherPolicy Policy() => new("pypa/sampleproject", "release.yml");

    private static DistributionIdentity Distribution() => new("sampleproject-4.0.0.tar.gz", new string('a', 64));
}
