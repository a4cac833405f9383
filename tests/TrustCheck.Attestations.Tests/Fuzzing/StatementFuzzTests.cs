using TrustCheck.Attestations.InToto;
using TrustCheck.TestKit.Fuzzing;

namespace TrustCheck.Attestations.Tests.Fuzzing;

/// <summary><see cref="InTotoStatement.TryParse"/> on mutations of the real DSSE payloads: a statement or a failure, never an exception.</summary>
[Trait("Category", "Fuzz")]
public sealed class StatementFuzzTests
{
    [Fact]
    public void Statement_MutatedRealPayloads_ParseOrFailCleanly()
    {
        var seeds = DerivedSeeds.Statements;
        Assert.NotEmpty(seeds);

        var summary = FuzzCampaign.Run(
            "intoto-statement",
            (random, i) => Pep740ParserFuzzTests.Mutate(seeds[i % seeds.Count], random, i),
            input => InTotoStatement.TryParse(input, out _) is null ? FuzzOutcome.Accepted : FuzzOutcome.Rejected);

        Assert.Equal(FuzzBudget.Inputs, summary.Inputs);
    }
}
