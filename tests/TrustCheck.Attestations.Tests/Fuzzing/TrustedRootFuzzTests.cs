using TrustCheck.Attestations.TrustRoot;
using TrustCheck.TestKit.Fuzzing;

namespace TrustCheck.Attestations.Tests.Fuzzing;

/// <summary><see cref="TrustedRoot.TryParse"/> on mutations of the real trusted roots: a root or a failure, never an exception.</summary>
[Trait("Category", "Fuzz")]
public sealed class TrustedRootFuzzTests
{
    [Fact]
    public void TrustedRoot_MutatedRealRoots_ParseOrFailCleanly()
    {
        var seeds = ConformanceSeed.TrustedRoots();

        var summary = FuzzCampaign.Run(
            "trusted-root",
            (random, i) => Pep740ParserFuzzTests.Mutate(seeds[i % seeds.Count], random, i),
            input =>
            {
                if (TrustedRoot.TryParse(input, out var root) is not null)
                {
                    return FuzzOutcome.Rejected;
                }

                root!.Dispose();
                return FuzzOutcome.Accepted;
            });

        Assert.Equal(FuzzBudget.Inputs, summary.Inputs);
    }
}
