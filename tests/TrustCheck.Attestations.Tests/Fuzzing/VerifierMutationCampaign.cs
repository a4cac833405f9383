using System.Collections.Concurrent;
using TrustCheck.TestKit.Fuzzing;

namespace TrustCheck.Attestations.Tests.Fuzzing;

/// <summary>
/// A mutation campaign through a full verifier: every verifying mutation must be legitimate (its semantic content is
/// the seed's, or differs only where no verifier looks), else the campaign fails with the input saved. The
/// legitimate acceptances are counted by reason, so a run can report how many mutations verified and why.
/// </summary>
/// <typeparam name="TSeed">The seed type.</typeparam>
internal sealed class VerifierMutationCampaign<TSeed>(IReadOnlyList<TSeed> seeds, Func<TSeed, byte[]> bytesOf, Func<TSeed, string> nameOf)
{
    private readonly ConcurrentDictionary<string, int> _accepted = new(StringComparer.Ordinal);

    /// <summary>The verifying mutations, by the reason each was legitimate.</summary>
    public IReadOnlyDictionary<string, int> AcceptedByReason => _accepted;

    /// <summary>Runs the campaign.</summary>
    /// <param name="parser">The campaign's name.</param>
    /// <param name="mutate">Mutates a seed's bytes.</param>
    /// <param name="verifies">Whether the mutated input verifies against the seed's root, artifact and policy.</param>
    /// <param name="legitimate">Why a verifying mutation is legitimate, or null when it is a false "verified".</param>
    public FuzzSummary Run(string parser, Func<byte[], Random, byte[]> mutate, Func<TSeed, byte[], bool> verifies, Func<TSeed, byte[], string?> legitimate)
    {
        var current = 0;
        return FuzzCampaign.Run(
            parser,
            (random, i) =>
            {
                current = i % seeds.Count;
                return mutate(bytesOf(seeds[current]), random);
            },
            input =>
            {
                var seed = seeds[current];
                if (!verifies(seed, input))
                {
                    return FuzzOutcome.Rejected;
                }

                var reason = legitimate(seed, input)
                    ?? throw new FuzzFailureException($"{parser}: a mutation of {nameOf(seed)} with changed semantic content VERIFIED");
                _accepted.AddOrUpdate(reason, 1, (_, count) => count + 1);
                return FuzzOutcome.Accepted;
            });
    }

    /// <summary>The accepted counts as report lines.</summary>
    public string Describe() =>
        _accepted.IsEmpty ? "no mutation verified" : string.Join(Environment.NewLine, _accepted.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Value} verified: {p.Key}"));
}
