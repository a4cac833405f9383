using TrustCheck.Attestations.Certificates;
using TrustCheck.Attestations.Timestamps;
using TrustCheck.Attestations.TrustRoot;
using TrustCheck.TestKit.Fuzzing;

namespace TrustCheck.Attestations.Tests.Fuzzing;

/// <summary>
/// <see cref="Rfc3161TimestampVerifier"/> on mutations of the real RFC 3161 responses of the vectors, against the
/// timestamp authorities of every real trusted root: a mutated token yields a time only when what its signature
/// covers, the signed attributes and the signature are the seed's (embedded certificates, the signer identifier and
/// the response status are not read); otherwise it is refused with a reason, never an exception.
/// </summary>
[Trait("Category", "Fuzz")]
public sealed class TimestampFuzzTests : IDisposable
{
    private readonly List<TrustedRoot> _roots = [];

    [Fact]
    public void Timestamp_MutatedRealTokens_NeverVerifyWithChangedSignedContent()
    {
        foreach (var json in ConformanceSeed.TrustedRoots())
        {
            if (TrustedRoot.TryParse(json, out var root) is null)
            {
                _roots.Add(root!);
            }
        }

        var authorities = _roots.SelectMany(r => r.TimestampAuthorities).ToList();
        var verifier = new Rfc3161TimestampVerifier(new CertificateChainValidator());
        // The tokens of the failing vectors (timestamps outside a validity window, for instance) are no seeds here.
        var seeds = DerivedSeeds.Timestamps.Where(seed => verifier.Verify(seed.Token, seed.Signature, authorities, out _) is not null).ToList();
        Assert.True(seeds.Count >= 5, $"only {seeds.Count} timestamps verify unmutated");
        var current = 0;

        var summary = FuzzCampaign.Run(
            "rfc3161-timestamp",
            (random, i) => ByteMutator.Mutate(seeds[current = i % seeds.Count].Token, random),
            input =>
            {
                var seed = seeds[current];
                if (verifier.Verify(input, seed.Signature, authorities, out _) is null)
                {
                    return FuzzOutcome.Rejected;
                }

                return SemanticContent.SignedPartsOf(input) == SemanticContent.SignedPartsOf(seed.Token)
                    ? FuzzOutcome.Accepted
                    : throw new FuzzFailureException("a timestamp with changed signed content verified");
            });

        Assert.Equal(FuzzBudget.Inputs, summary.Inputs);
    }

    public void Dispose() => _roots.ForEach(root => root.Dispose());
}
