using TrustCheck.Attestations.Bundles;
using TrustCheck.TestKit.Fuzzing;

namespace TrustCheck.Attestations.Tests.Fuzzing;

/// <summary>
/// <see cref="BundleReader"/> on mutations of every conformance bundle (v0.1, v0.2, v0.3, both v0.3 media types,
/// message signatures and DSSE, Rekor v1 and v2): a parsed bundle or a failure, never an exception.
/// </summary>
[Trait("Category", "Fuzz")]
public sealed class BundleReaderFuzzTests
{
    [Fact]
    public void BundleReader_MutatedConformanceBundles_ParseOrFailCleanly()
    {
        var seeds = ConformanceSeed.All.Select(s => s.Bundle).ToList();

        var summary = FuzzCampaign.Run(
            "sigstore-bundle",
            (random, i) => Pep740ParserFuzzTests.Mutate(seeds[i % seeds.Count], random, i),
            input => BundleReader.TryRead(input, out _) is null ? FuzzOutcome.Accepted : FuzzOutcome.Rejected);

        Assert.Equal(FuzzBudget.Inputs, summary.Inputs);
    }
}
