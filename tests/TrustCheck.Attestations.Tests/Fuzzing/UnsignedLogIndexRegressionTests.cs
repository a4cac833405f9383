using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using TrustCheck.Attestations.Bundles;
using TrustCheck.Attestations.TrustRoot;
using TrustCheck.Attestations.Verification;

namespace TrustCheck.Attestations.Tests.Fuzzing;

/// <summary>
/// Found by bundle-verify-fields (seed 741, input 47389): a Rekor v1 entry dated by an RFC 3161 timestamp, its promise
/// removed and its log index changed, verified. A v1 index is global across shards, so only the promise checks it; with
/// the promise gone nothing reads it (nor reports it), like the integrated time, and the fuzz content says so.
/// </summary>
public sealed class UnsignedLogIndexRegressionTests
{
    private const string Case = "bundle-verify/intoto-with-custom-trust-root";

    [Fact]
    public void Verify_V1EntryWithoutPromiseAndAnotherIndex_VerifiesAndIsOnlyLessEvidence()
    {
        var seed = ConformanceSeed.All.Single(s => s.Name == Case);
        var mutant = Edited(seed.Bundle, entry =>
        {
            entry.Remove("inclusionPromise");
            entry["logIndex"] = "2";
        });

        Assert.Null(Verify(seed, mutant));
        Assert.StartsWith("optional evidence removed", Classify(seed, mutant), StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_V1EntryWithPromiseAndAnotherIndex_FailsAtThePromise()
    {
        var seed = ConformanceSeed.All.Single(s => s.Name == Case);
        var mutant = Edited(seed.Bundle, entry => entry["logIndex"] = "2");

        Assert.Equal(VerificationStage.InclusionPromise, Verify(seed, mutant)!.Stage);
        Assert.Null(Classify(seed, mutant));
    }

    [Fact]
    public void Verify_V2EntryWithAnotherIndex_FailsAtTheInclusionProof()
    {
        var seed = ConformanceSeed.All.Single(s => s.Name == "bundle-verify/rekor2-happy-path");
        var mutant = Edited(seed.Bundle, entry => entry["logIndex"] = (long.Parse(entry["logIndex"]!.GetValue<string>(), CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture));

        Assert.Equal(VerificationStage.InclusionProof, Verify(seed, mutant)!.Stage);
        Assert.Null(Classify(seed, mutant));
    }

    private static string? Classify(ConformanceSeed seed, byte[] mutant) =>
        SemanticContent.WhyHarmless((ofSeed, ignored) => SemanticContent.OfBundle(ofSeed ? seed.Bundle : mutant, ignored));

    private static byte[] Edited(byte[] json, Action<JsonObject> editEntry)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        editEntry(node["verificationMaterial"]!["tlogEntries"]![0]!.AsObject());
        return JsonSerializer.SerializeToUtf8Bytes(node);
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
