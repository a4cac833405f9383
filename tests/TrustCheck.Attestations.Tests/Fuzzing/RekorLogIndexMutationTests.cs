using System.Globalization;
using System.Text.Json.Nodes;
using TrustCheck.Attestations.Pep740;
using TrustCheck.Attestations.Policies;
using TrustCheck.Attestations.TrustRoot;
using TrustCheck.Attestations.Verification;
using TrustCheck.TestKit;

namespace TrustCheck.Attestations.Tests.Fuzzing;

/// <summary>
/// The transparency entry's log index, as the verifier reads it and as the fuzz campaigns judge a verifying change to
/// it. Found by pep740-verify-fields (seed 740, input 25256): the Rekor v1 attestation that carries an RFC 3161
/// timestamp verified with its inclusion promise removed and its log index changed. Only the promise signs a Rekor v1
/// entry's global index; the proof is checked at its own index in its shard. So the change is harmless, not a false
/// "verified". A Rekor v2 entry's index, and a Rekor v1 index under a promise, are still verified.
/// </summary>
public sealed class RekorLogIndexMutationTests
{
    private const string RekorV1WithTimestamp = "vectors/pep740/prod-tsa-timestamps-field-pypi-attestations-0.0.19";
    private const string RekorV2 = "vectors/pep740/staging-rekor-v2-dsse-0.0.2-pypi-attestations-0.0.19";
    private const string FoundIndex = "1494542130013387509";

    [Fact]
    public void Verify_RekorV1PromiseRemovedAndLogIndexChanged_VerifiesAndIsHarmless()
    {
        var mutant = Edit(RekorV1WithTimestamp, entry =>
        {
            entry.Remove("inclusionPromise");
            entry["logIndex"] = FoundIndex;
        });

        var result = Verify(RekorV1WithTimestamp, mutant);

        Assert.Equal(AttestationStatus.Verified, result.Status);
        Assert.StartsWith("optional evidence removed: ", WhyHarmless(RekorV1WithTimestamp, mutant), StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_RekorV1LogIndexChangedUnderItsPromise_FailsAtTheInclusionPromiseAndIsNotHarmless()
    {
        var mutant = Edit(RekorV1WithTimestamp, entry => entry["logIndex"] = FoundIndex);

        var result = Verify(RekorV1WithTimestamp, mutant);

        Assert.Equal(VerificationStage.InclusionPromise, result.Failure!.Stage);
        Assert.Null(WhyHarmless(RekorV1WithTimestamp, mutant));
    }

    [Fact]
    public void Verify_RekorV1PromiseRemovedAndProofIndexChanged_FailsAtTheInclusionProofAndIsNotHarmless()
    {
        var mutant = Edit(RekorV1WithTimestamp, entry =>
        {
            entry.Remove("inclusionPromise");
            var proof = entry["inclusionProof"]!;
            proof["logIndex"] = (long.Parse(proof["logIndex"]!.GetValue<string>(), CultureInfo.InvariantCulture) - 1).ToString(CultureInfo.InvariantCulture);
        });

        var result = Verify(RekorV1WithTimestamp, mutant);

        Assert.Equal(VerificationStage.InclusionProof, result.Failure!.Stage);
        Assert.Null(WhyHarmless(RekorV1WithTimestamp, mutant));
    }

    [Fact]
    public void Verify_RekorV2LogIndexChanged_FailsAtTheInclusionProofAndIsNotHarmless()
    {
        Assert.Equal(AttestationStatus.Verified, Verify(RekorV2, Read(RekorV2)).Status);
        var mutant = Edit(RekorV2, entry => entry["logIndex"] = FoundIndex);

        var result = Verify(RekorV2, mutant);

        Assert.Equal(VerificationStage.InclusionProof, result.Failure!.Stage);
        Assert.Contains("is not the inclusion proof's", result.Failure.Reason, StringComparison.Ordinal);
        Assert.Null(WhyHarmless(RekorV2, mutant));
    }

    private static byte[] Read(string folder) => File.ReadAllBytes(SharedData.PathOf(folder + "/attestation.json"));

    private static byte[] Edit(string folder, Action<JsonObject> editEntry) =>
        VectorEdits.Edit(folder + "/attestation.json", a => editEntry(a["verification_material"]!["transparency_entries"]![0]!.AsObject()));

    private static string? WhyHarmless(string folder, byte[] mutant)
    {
        var seed = Read(folder);
        return SemanticContent.WhyHarmless((ofSeed, ignored) => SemanticContent.OfPep740(ofSeed ? seed : mutant, ignored));
    }

    /// <summary>Verifies as the vector's case says: its trusted root, distribution and identity policy.</summary>
    private static ProvenanceVerificationResult Verify(string folder, byte[] attestation)
    {
        var testCase = JsonNode.Parse(File.ReadAllBytes(SharedData.PathOf(folder + "/case.json")))!;
        var rootPath = Path.GetFullPath(Path.Combine(SharedData.PathOf(folder), testCase["trusted_root"]!.GetValue<string>()));
        Assert.Null(TrustedRoot.TryParse(File.ReadAllBytes(rootPath), out var root));
        using (root)
        {
            var distribution = testCase["distribution"]!;
            var policy = testCase["policy"]!;
            var result = new Pep740Verifier(root!).Verify(
                attestation,
                new DistributionIdentity(distribution["filename"]!.GetValue<string>(), distribution["sha256"]!.GetValue<string>()),
                new IdentityPolicy(policy["identity"]!.GetValue<string>(), policy["issuer"]!.GetValue<string>()));
            Assert.Equal(Pep740DocumentKind.Attestation, result.Kind);
            return result.Result;
        }
    }
}
