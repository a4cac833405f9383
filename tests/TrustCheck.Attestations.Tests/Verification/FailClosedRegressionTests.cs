using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TrustCheck.Attestations.Pep740;
using TrustCheck.Attestations.Policies;
using TrustCheck.Attestations.TrustRoot;
using TrustCheck.Attestations.Verification;
using TrustCheck.TestKit;

namespace TrustCheck.Attestations.Tests.Verification;

/// <summary>
/// Regressions found by tampering with the real vectors: each test edits a real bundle, attestation, provenance or
/// trusted root at test time, shows the unedited input still verifies, and that the edit is rejected at the stage
/// that owns the rule.
/// </summary>
public sealed class FailClosedRegressionTests
{
    private const string ConformanceIdentity = "https://github.com/sigstore-conformance/extremely-dangerous-public-oidc-beacon/.github/workflows/extremely-dangerous-oidc-beacon.yml@refs/heads/main";
    private const string ConformanceIssuer = "https://token.actions.githubusercontent.com";
    private const string Sdist = "pypi_attestations-0.0.19.tar.gz";
    private const string SdistSha256 = "9bb1add04b1b4e182be6b0b80931593f7a291eb49d69b4fd728a5d4cbcdc4bd3";

    private static readonly byte[] ArtifactDigest = SHA256.HashData(File.ReadAllBytes(SharedData.PathOf("vectors/conformance/bundle-verify/a.txt")));

    public static TheoryData<string> RekorV2Cases => ["rekor2-happy-path", "rekor2-dsse-happy-path"];

    // 1. Every trusted-root key must be valid when it is used, whatever the log version.
    [Theory]
    [MemberData(nameof(RekorV2Cases))]
    public void RekorV2_LogKeyValidOnlyFrom2099_FailsAtTheCheckpoint(string name)
    {
        Assert.True(VerifyConformance(name, root => root).IsVerified);

        var result = VerifyConformance(name, root => WithEd25519LogValidity(root, "2099-01-01T00:00:00Z", null));

        Assert.Equal(VerificationStage.Checkpoint, result.Failure!.Stage);
        Assert.Contains("was not valid at", result.Failure.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RekorV2Cases))]
    public void RekorV2_LogKeyExpiredBeforeTheEntryWasMade_FailsAtTheCheckpoint(string name)
    {
        var result = VerifyConformance(name, root => WithEd25519LogValidity(root, "2020-01-01T00:00:00Z", "2021-01-01T00:00:00Z"));

        Assert.Equal(VerificationStage.Checkpoint, result.Failure!.Stage);
    }

    // 2. The sdist's archive extension is part of its identity.
    [Theory]
    [InlineData("pypi_attestations-0.0.19.zip", false)]
    [InlineData("pypi_attestations-0.0.19-py3-none-any.whl", false)]
    [InlineData("Pypi.Attestations-0.0.19.0.tar.gz", true)]
    [InlineData(Sdist, true)]
    public void VerifyProvenance_DistributionNamedDifferently_BindsOnlyWhatTheSpecsNormalise(string filename, bool verifies)
    {
        using var root = TrustRoot.TrustedRootTests.Load("vectors/trusted_root/production.trusted_root.json");
        var provenance = File.ReadAllBytes(SharedData.PathOf("vectors/pep740/gh-provenance-pypi-attestations-0.0.19/provenance.json"));

        var result = new Pep740Verifier(root).VerifyProvenance(provenance, new DistributionIdentity(filename, SdistSha256));

        Assert.Equal(verifies, result.Status == AttestationStatus.Verified);
        if (!verifies)
        {
            Assert.Equal(VerificationStage.Subject, result.Failure!.Stage);
        }
    }

    // 3. Every transparency entry counts: more than one is rejected, never partly ignored.
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void VerifyAttestation_SecondTransparencyEntry_IsRejected(bool tamperSecond)
    {
        using var root = TrustRoot.TrustedRootTests.Load("vectors/trusted_root/production.trusted_root.json");
        var attestation = JsonNode.Parse(WorkedExample.Attestation.GetRawText())!;
        var entries = attestation["verification_material"]!["transparency_entries"]!.AsArray();
        var second = entries[0]!.DeepClone();
        if (tamperSecond)
        {
            second["logIndex"] = "1";
        }

        entries.Add(second);

        var result = VerifyAttestation(root, attestation, new GitHubPublisherPolicy("trailofbits/pypi-attestations", "release.yml"));

        Assert.Equal(AttestationStatus.Failed, result.Status);
        Assert.Equal(VerificationStage.Bundle, result.Failure!.Stage);
        Assert.Contains("exactly one", result.Failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void BundleWithTwoTransparencyEntries_IsRejected()
    {
        using var root = TrustRoot.TrustedRootTests.Load("vectors/trusted_root/production.trusted_root.json");
        var bundle = JsonNode.Parse(File.ReadAllText(SharedData.PathOf("vectors/conformance/bundle-verify/happy-path-v0.3/bundle.sigstore.json")))!;
        var entries = bundle["verificationMaterial"]!["tlogEntries"]!.AsArray();
        entries.Add(entries[0]!.DeepClone());

        var result = new BundleVerifier(root).VerifyArtifact(Encoding.UTF8.GetBytes(bundle.ToJsonString()), ArtifactDigest, new IdentityPolicy(ConformanceIdentity, ConformanceIssuer));

        Assert.Equal(VerificationStage.Bundle, result.Failure!.Stage);
    }

    // 4. A signed entry timestamp that is present is always verified, even when a TSA timestamp could date the entry.
    [Theory]
    [InlineData("0")]
    [InlineData(null)]
    [InlineData("1760084549")]
    public void VerifyAttestation_PromiseWithZeroMissingOrOtherIntegratedTimeBesideATimestamp_FailsAtThePromise(string? integratedTime)
    {
        using var root = TrustRoot.TrustedRootTests.Load("vectors/trusted_root/production.trusted_root.json");
        var attestation = JsonNode.Parse(File.ReadAllText(SharedData.PathOf("vectors/pep740/prod-tsa-timestamps-field-pypi-attestations-0.0.19/attestation.json")))!;
        var policy = new IdentityPolicy("jku@goto.fi", "https://github.com/login/oauth");
        Assert.Equal(AttestationStatus.Verified, VerifyAttestation(root, attestation.DeepClone(), policy).Status);
        Assert.NotNull(attestation["verification_material"]!["timestamps"]);
        var entry = attestation["verification_material"]!["transparency_entries"]![0]!.AsObject();
        if (integratedTime is null)
        {
            entry.Remove("integratedTime");
        }
        else
        {
            entry["integratedTime"] = integratedTime;
        }

        var result = VerifyAttestation(root, attestation, policy);

        Assert.Equal(AttestationStatus.Failed, result.Status);
        Assert.Equal(VerificationStage.InclusionPromise, result.Failure!.Stage);
    }

    // 5. A Rekor v2 entry's log index is its index in the tree: the proof must be for that index.
    [Theory]
    [InlineData("entry")]
    [InlineData("proof")]
    public void RekorV2_LogIndexOfEntryAndProofDisagree_Fails(string which)
    {
        var result = VerifyConformance("rekor2-happy-path", root => root, bundle =>
        {
            var entry = bundle["verificationMaterial"]!["tlogEntries"]![0]!;
            var target = which == "entry" ? entry : entry["inclusionProof"]!;
            target["logIndex"] = (long.Parse(target["logIndex"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        });

        Assert.False(result.IsVerified);
        Assert.Equal(VerificationStage.InclusionProof, result.Failure!.Stage);
    }

    [Fact]
    public void RekorV1_GlobalLogIndexDiffersFromTheShardIndex_StillVerifies()
    {
        var entry = WorkedExample.LogEntry;
        Assert.NotEqual(entry.GetProperty("logIndex").GetString(), entry.GetProperty("inclusionProof").GetProperty("logIndex").GetString());
        using var root = TrustRoot.TrustedRootTests.Load("vectors/trusted_root/production.trusted_root.json");

        var result = VerifyAttestation(root, JsonNode.Parse(WorkedExample.Attestation.GetRawText())!, new GitHubPublisherPolicy("trailofbits/pypi-attestations", "release.yml"));

        Assert.Equal(AttestationStatus.Verified, result.Status);
    }

    private static AttestationVerificationResult VerifyAttestation(TrustedRoot root, JsonNode attestation, IIdentityPolicy policy)
    {
        using var document = JsonDocument.Parse(attestation.ToJsonString());
        return new Pep740Verifier(root).VerifyAttestation(document.RootElement, new DistributionIdentity(Sdist, SdistSha256), policy);
    }

    private static BundleVerificationResult VerifyConformance(string name, Func<JsonNode, JsonNode> editRoot, Action<JsonNode>? editBundle = null)
    {
        var folder = SharedData.PathOf("vectors/conformance/bundle-verify/" + name);
        var rootJson = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "trusted_root.json")))!;
        Assert.Null(TrustedRoot.TryParse(Encoding.UTF8.GetBytes(editRoot(rootJson).ToJsonString()), out var root));
        using (root)
        {
            var bundle = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "bundle.sigstore.json")))!;
            editBundle?.Invoke(bundle);
            return new BundleVerifier(root!).VerifyArtifact(Encoding.UTF8.GetBytes(bundle.ToJsonString()), ArtifactDigest, new IdentityPolicy(ConformanceIdentity, ConformanceIssuer));
        }
    }

    private static JsonNode WithEd25519LogValidity(JsonNode root, string start, string? end)
    {
        var changed = 0;
        foreach (var log in root["tlogs"]!.AsArray())
        {
            if (log!["publicKey"]!["keyDetails"]!.GetValue<string>() == "PKIX_ED25519")
            {
                var validity = new JsonObject { ["start"] = start };
                if (end is not null)
                {
                    validity["end"] = end;
                }

                log["publicKey"]!["validFor"] = validity;
                changed++;
            }
        }

        Assert.True(changed > 0, "the trusted root has no Ed25519 (Rekor v2) log");
        return root;
    }
}
