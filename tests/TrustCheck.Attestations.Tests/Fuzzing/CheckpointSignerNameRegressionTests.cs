using System.Text.Json;
using System.Text.Json.Nodes;
using TrustCheck.Attestations.Bundles;
using TrustCheck.Attestations.Pep740;
using TrustCheck.Attestations.TrustRoot;
using TrustCheck.Attestations.Verification;

namespace TrustCheck.Attestations.Tests.Fuzzing;

/// <summary>
/// Found by bundle-verify-fields (seed 740, input 39300), pep740-verify-raw (input 55576) and pep740-verify-fields
/// (input 82171): the log's checkpoint signature line was accepted when its name merely occurred in the log's base URL
/// (<c>or-local</c> for <c>http://rekor-local</c>, <c>rekor.sigstore.d</c>, <c>r.sigstage.dev</c>). C2SP signed-note identifies a key by name and key ID, so the
/// name must be the log's own.
/// </summary>
public sealed class CheckpointSignerNameRegressionTests
{
    private const string ConformanceCase = "bundle-verify/bundle-with-sct-with-extensions";
    private const string Pep740Case = "gh-attestation-actions-attest-pypi-attestation-models-0.0.4a2";
    private const string StagingCase = "staging-identity-rfc8785-0.1.2-wheel";

    [Theory]
    [InlineData("or-local")]
    [InlineData("rekor-loca")]
    [InlineData("http://rekor-local")]
    [InlineData("REKOR-LOCAL")]
    public void Verify_ConformanceCheckpointSignedUnderAnotherName_FailsAtTheCheckpoint(string name)
    {
        var seed = ConformanceSeed.All.Single(s => s.Name == ConformanceCase);

        var failure = VerifyConformance(seed, Renamed(seed.Bundle, "rekor-local", name, EnvelopeOfBundle));

        Assert.Equal(VerificationStage.Checkpoint, failure!.Stage);
        Assert.Contains("no signature on the checkpoint verifies", failure.Reason, StringComparison.Ordinal);
        Assert.Contains("'rekor-local'", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_ConformanceCheckpointUnderTheLogsName_StillVerifies()
    {
        var seed = ConformanceSeed.All.Single(s => s.Name == ConformanceCase);

        Assert.Null(VerifyConformance(seed, seed.Bundle));
    }

    [Theory]
    [InlineData("rekor.sigstore.d")]
    [InlineData("sigstore.dev")]
    [InlineData("https://rekor.sigstore.dev")]
    public void Verify_RealAttestationCheckpointSignedUnderAnotherName_FailsAtTheCheckpoint(string name)
    {
        var seed = Pep740Seed.All.Single(s => s.Name == Pep740Case);
        using var root = LoadRoot(seed.TrustedRootPath);

        var result = new Pep740Verifier(root).Verify(Renamed(seed.Input, "rekor.sigstore.dev", name, EnvelopeOfAttestation), seed.Distribution, seed.Policy).Result;

        Assert.Equal(AttestationStatus.Failed, result.Status);
        Assert.Equal(VerificationStage.Checkpoint, result.Failure!.Stage);
        Assert.Contains("under the log's name 'rekor.sigstore.dev'", result.Failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_RealAttestationUnderTheLogsName_StillVerifies()
    {
        var seed = Pep740Seed.All.Single(s => s.Name == Pep740Case);
        using var root = LoadRoot(seed.TrustedRootPath);

        Assert.Equal(AttestationStatus.Verified, new Pep740Verifier(root).Verify(seed.Input, seed.Distribution, seed.Policy).Result.Status);
    }

    [Theory]
    [InlineData("r.sigstage.dev")]
    [InlineData("sigstage.dev")]
    [InlineData("https://rekor.sigstage.dev")]
    [InlineData("rekor.sigstage.de")]
    public void Verify_StagingAttestationCheckpointSignedUnderPartOfTheLogsName_FailsAtTheCheckpoint(string name)
    {
        var seed = Pep740Seed.All.Single(s => s.Name == StagingCase);
        using var root = LoadRoot(seed.TrustedRootPath);
        var verifier = new Pep740Verifier(root);
        Assert.Equal(AttestationStatus.Verified, verifier.Verify(seed.Input, seed.Distribution, seed.Policy).Result.Status);

        var result = verifier.Verify(Renamed(seed.Input, "rekor.sigstage.dev", name, EnvelopeOfAttestation), seed.Distribution, seed.Policy).Result;

        Assert.Equal(AttestationStatus.Failed, result.Status);
        Assert.Equal(VerificationStage.Checkpoint, result.Failure!.Stage);
        Assert.Contains("under the log's name 'rekor.sigstage.dev'", result.Failure.Reason, StringComparison.Ordinal);
    }

    private static JsonObject EnvelopeOfBundle(JsonObject bundle) =>
        bundle["verificationMaterial"]!["tlogEntries"]![0]!["inclusionProof"]!["checkpoint"]!.AsObject();

    private static JsonObject EnvelopeOfAttestation(JsonObject attestation) =>
        attestation["verification_material"]!["transparency_entries"]![0]!["inclusionProof"]!["checkpoint"]!.AsObject();

    /// <summary>The vector with its checkpoint's signature line by <paramref name="from"/> renamed (the bytes signed stay).</summary>
    private static byte[] Renamed(byte[] json, string from, string to, Func<JsonObject, JsonObject> checkpointOf)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        var checkpoint = checkpointOf(node);
        var envelope = checkpoint["envelope"]!.GetValue<string>();
        var line = $"\n\u2014 {from} ";
        Assert.Contains(line, envelope, StringComparison.Ordinal);
        checkpoint["envelope"] = envelope.Replace(line, $"\n\u2014 {to} ", StringComparison.Ordinal);
        return JsonSerializer.SerializeToUtf8Bytes(node);
    }

    private static VerificationFailure? VerifyConformance(ConformanceSeed seed, byte[] json)
    {
        Assert.Null(BundleReader.TryRead(json, out var bundle));
        using var root = LoadRoot(seed.TrustedRootPath);
        var result = new BundleVerifier(root).Verify(bundle!, seed.Policy, new ArtifactExpectation(seed.ArtifactDigest));
        Assert.Equal(result.Failure is null, result.IsVerified);
        return result.Failure;
    }

    private static TrustedRoot LoadRoot(string path)
    {
        Assert.Null(TrustedRoot.TryParse(File.ReadAllBytes(path), out var root));
        return root!;
    }
}
