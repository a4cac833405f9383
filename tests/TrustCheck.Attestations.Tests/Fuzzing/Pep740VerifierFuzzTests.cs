using TrustCheck.Attestations.Pep740;
using TrustCheck.Attestations.TrustRoot;
using TrustCheck.TestKit.Fuzzing;
using Xunit.Abstractions;

namespace TrustCheck.Attestations.Tests.Fuzzing;

/// <summary>
/// Mutations of the real PEP 740 vectors (raw bytes, and decoded fields re-encoded) through the full
/// <see cref="Pep740Verifier"/> with the real trusted root and each case's policy must never verify, unless the
/// mutation left the semantic content unchanged.
/// </summary>
[Trait("Category", "Fuzz")]
public sealed class Pep740VerifierFuzzTests(ITestOutputHelper output) : IDisposable
{
    private readonly Dictionary<string, TrustedRoot> _roots = [];
    private readonly Dictionary<string, Pep740Verifier> _verifiers = [];

    [Fact]
    public void RawMutations_OfRealVectors_NeverVerifyWithChangedContent() => RunCampaign("pep740-verify-raw", (bytes, random) => ByteMutator.Mutate(bytes, random));

    [Fact]
    public void FieldMutations_OfRealVectors_NeverVerifyWithChangedContent() => RunCampaign("pep740-verify-fields", StructuralMutator.Mutate);

    public void Dispose()
    {
        foreach (var root in _roots.Values)
        {
            root.Dispose();
        }
    }

    private void RunCampaign(string name, Func<byte[], Random, byte[]> mutate)
    {
        var seeds = Pep740Seed.Passing;
        Assert.True(seeds.Count >= 10, $"only {seeds.Count} passing PEP 740 vectors");
        foreach (var seed in seeds)
        {
            Assert.True(Verifies(seed, seed.Input), $"{seed.Name} must verify unmutated");
        }

        var campaign = new VerifierMutationCampaign<Pep740Seed>(seeds, s => s.Input, s => s.Name);
        var summary = campaign.Run(name, mutate, Verifies, Legitimate);

        output.WriteLine(summary.ToLine());
        output.WriteLine(campaign.Describe());
        Assert.Equal(FuzzBudget.Inputs, summary.Inputs);
    }

    private bool Verifies(Pep740Seed seed, byte[] input)
    {
        var verifier = Verifier(seed.TrustedRootPath);
        var status = seed.IsProvenance
            ? verifier.VerifyProvenance(input, seed.Distribution, seed.Policy).Status
            : verifier.Verify(input, seed.Distribution, seed.Policy).Result.Status;
        return status == AttestationStatus.Verified;
    }

    private static string? Legitimate(Pep740Seed seed, byte[] input) =>
        SemanticContent.WhyHarmless((ofSeed, ignored) => SemanticContent.OfPep740(ofSeed ? seed.Input : input, ignored))
        ?? (SemanticContent.OnlyDropsAttestations(seed.Input, input)
            ? "attestations removed from a provenance object (an unsigned container; each one left verifies on its own)"
            : null);

    private Pep740Verifier Verifier(string rootPath)
    {
        if (!_verifiers.TryGetValue(rootPath, out var verifier))
        {
            Assert.Null(TrustedRoot.TryParse(File.ReadAllBytes(rootPath), out var root));
            _roots[rootPath] = root!;
            verifier = _verifiers[rootPath] = new Pep740Verifier(root!);
        }

        return verifier;
    }
}
