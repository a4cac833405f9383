using TrustCheck.Attestations.Bundles;
using TrustCheck.Attestations.InToto;
using TrustCheck.Attestations.TrustRoot;
using TrustCheck.Attestations.Verification;
using TrustCheck.TestKit.Fuzzing;
using Xunit.Abstractions;

namespace TrustCheck.Attestations.Tests.Fuzzing;

/// <summary>
/// Mutations of the real sigstore-conformance bundles (v0.1–v0.3; raw bytes, and decoded fields re-encoded) through
/// <see cref="BundleReader"/> and the full <see cref="BundleVerifier"/>, with each case's trusted root, artifact and
/// identity, must never verify unless the mutation left the semantic content unchanged.
/// </summary>
[Trait("Category", "Fuzz")]
public sealed class BundleVerifierFuzzTests(ITestOutputHelper output) : IDisposable
{
    private readonly Dictionary<string, TrustedRoot> _roots = [];
    private readonly Dictionary<string, BundleVerifier> _verifiers = [];

    [Fact]
    public void RawMutations_OfConformanceBundles_NeverVerifyWithChangedContent() => RunCampaign("bundle-verify-raw", (bytes, random) => ByteMutator.Mutate(bytes, random));

    [Fact]
    public void FieldMutations_OfConformanceBundles_NeverVerifyWithChangedContent() => RunCampaign("bundle-verify-fields", StructuralMutator.Mutate);

    public void Dispose()
    {
        foreach (var root in _roots.Values)
        {
            root.Dispose();
        }
    }

    private void RunCampaign(string name, Func<byte[], Random, byte[]> mutate)
    {
        // Only the passing cases this verifier supports today (managed-key bundles are another change) are seeds.
        var seeds = ConformanceSeed.Passing.Where(seed => Verifies(seed, seed.Bundle)).ToList();
        Assert.True(seeds.Count >= 8, $"only {seeds.Count} conformance bundles verify unmutated");

        var campaign = new VerifierMutationCampaign<ConformanceSeed>(seeds, s => s.Bundle, s => s.Name);
        var summary = campaign.Run(name, mutate, Verifies, Legitimate);

        output.WriteLine($"{seeds.Count} seeds: {string.Join(", ", seeds.Select(s => s.Name))}");
        output.WriteLine(summary.ToLine());
        output.WriteLine(campaign.Describe());
        Assert.Equal(FuzzBudget.Inputs, summary.Inputs);
    }

    private bool Verifies(ConformanceSeed seed, byte[] input)
    {
        if (BundleReader.TryRead(input, out var bundle) is not null)
        {
            return false;
        }

        var expectation = bundle!.DsseEnvelope is null ? new ArtifactExpectation(seed.ArtifactDigest) : ArtifactExpectation.DsseSubject;
        var result = Verifier(seed.TrustedRootPath).Verify(bundle, seed.Policy, expectation);
        if (!result.IsVerified || result.Envelope is null)
        {
            return result.IsVerified;
        }

        var hex = Convert.ToHexStringLower(seed.ArtifactDigest);
        return InTotoStatement.TryParse(result.Envelope.Payload.Span, out var statement) is null
            && statement!.Subjects.Any(s => s.Digests.TryGetValue("sha256", out var d) && d == hex);
    }

    private static string? Legitimate(ConformanceSeed seed, byte[] input) =>
        SemanticContent.WhyHarmless((ofSeed, ignored) => SemanticContent.OfBundle(ofSeed ? seed.Bundle : input, ignored));

    private BundleVerifier Verifier(string rootPath)
    {
        if (!_verifiers.TryGetValue(rootPath, out var verifier))
        {
            Assert.Null(TrustedRoot.TryParse(File.ReadAllBytes(rootPath), out var root));
            _roots[rootPath] = root!;
            verifier = _verifiers[rootPath] = new BundleVerifier(root!);
        }

        return verifier;
    }
}
