using System.Text.Json;
using TrustCheck.Attestations.Pep740;
using TrustCheck.TestKit.Fuzzing;

namespace TrustCheck.Attestations.Tests.Fuzzing;

/// <summary>
/// The PEP 740 parsers (document detection, provenance objects, attestation objects) on mutations of the real
/// vectors: every input ends in a parsed document or a <see cref="TrustCheck.Attestations.Verification.VerificationFailure"/>, never an exception.
/// </summary>
[Trait("Category", "Fuzz")]
public sealed class Pep740ParserFuzzTests
{
    [Fact]
    public void Provenance_MutatedRealDocuments_ParseOrFailCleanly()
    {
        var seeds = Pep740Seed.All.Where(s => s.IsProvenance).Select(s => s.Input).ToList();

        var summary = FuzzCampaign.Run(
            "pep740-provenance",
            (random, i) => Mutate(seeds[i % seeds.Count], random, i),
            input => Provenance.TryParse(input, out _) is null ? FuzzOutcome.Accepted : FuzzOutcome.Rejected);

        Assert.Equal(FuzzBudget.Inputs, summary.Inputs);
    }

    [Fact]
    public void DocumentKind_MutatedRealDocuments_DetectOrFailCleanly()
    {
        var seeds = Pep740Seed.All.Select(s => s.Input).ToList();

        var summary = FuzzCampaign.Run(
            "pep740-document-kind",
            (random, i) => Mutate(seeds[i % seeds.Count], random, i),
            input => Pep740Document.TryDetect(input, out _) is null ? FuzzOutcome.Accepted : FuzzOutcome.Rejected);

        Assert.Equal(FuzzBudget.Inputs, summary.Inputs);
    }

    [Fact]
    public void Attestation_MutatedRealAttestations_ConvertOrFailCleanly()
    {
        var seeds = Pep740Seed.Attestations();

        var summary = FuzzCampaign.Run(
            "pep740-attestation",
            (random, i) => Mutate(seeds[i % seeds.Count], random, i),
            input =>
            {
                if (Pep740Document.TryDetect(input, out _) is not null)
                {
                    return FuzzOutcome.Rejected;
                }

                using var document = JsonDocument.Parse(input);
                return Pep740Attestation.TryToBundle(document.RootElement, out _) is null ? FuzzOutcome.Accepted : FuzzOutcome.Rejected;
            });

        Assert.Equal(FuzzBudget.Inputs, summary.Inputs);
    }

    /// <summary>Alternates raw-byte and field mutations, so both the syntax and the values behind it are reached.</summary>
    internal static byte[] Mutate(byte[] seed, Random random, int index) =>
        index % 2 == 0 ? ByteMutator.Mutate(seed, random) : StructuralMutator.Mutate(seed, random);
}
