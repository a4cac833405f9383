using TrustCheck.Attestations.Transparency;
using TrustCheck.TestKit.Fuzzing;

namespace TrustCheck.Attestations.Tests.Fuzzing;

/// <summary>
/// <see cref="InclusionProof"/> on generated proofs: any index and tree size (negative, zero, past the end, near
/// 2^63), any number of hashes of any length. It computes a root or refuses with a reason, never throws.
/// </summary>
[Trait("Category", "Fuzz")]
public sealed class InclusionProofFuzzTests
{
    private static readonly long[] Interesting = [-1, 0, 1, 2, 3, 7, 8, long.MaxValue, long.MaxValue - 1, long.MinValue, 1L << 62];

    [Fact]
    public void InclusionProof_GeneratedProofs_ComputeOrFailCleanly()
    {
        var leaf = DerivedSeeds.LogBodies[0];

        var summary = FuzzCampaign.Run(
            "inclusion-proof",
            (random, _) => Generate(random),
            input => Decode(input).TryComputeRoot(leaf, new byte[MerkleTree.HashSize]) is null ? FuzzOutcome.Accepted : FuzzOutcome.Rejected);

        Assert.Equal(FuzzBudget.Inputs, summary.Inputs);
    }

    private static byte[] Generate(Random random)
    {
        var size = random.Next(3) == 0 ? Interesting[random.Next(Interesting.Length)] : random.NextInt64(1, 1L << random.Next(1, 63));
        var index = random.Next(3) == 0 ? Interesting[random.Next(Interesting.Length)] : random.NextInt64(0, Math.Max(1, size));
        var hashes = random.Next(4) == 0 ? random.Next(0, 80) : random.Next(0, 64);
        var output = new List<byte>();
        output.AddRange(BitConverter.GetBytes(index));
        output.AddRange(BitConverter.GetBytes(size));
        for (var i = 0; i <= hashes; i++)
        {
            var length = random.Next(24) == 0 ? random.Next(0, 40) : MerkleTree.HashSize;
            output.Add((byte)length);
            var hash = new byte[length];
            random.NextBytes(hash);
            output.AddRange(hash);
        }

        return [.. output];
    }

    /// <summary>index (8 bytes), tree size (8), then length-prefixed hashes: the first is the root.</summary>
    private static InclusionProof Decode(byte[] input)
    {
        var index = BitConverter.ToInt64(input, 0);
        var size = BitConverter.ToInt64(input, 8);
        var position = 16;
        var parts = new List<ReadOnlyMemory<byte>>();
        while (position < input.Length)
        {
            var length = Math.Min(input[position], input.Length - position - 1);
            parts.Add(input.AsMemory(position + 1, length));
            position += 1 + length;
        }

        return new InclusionProof(index, size, parts.Count > 0 ? parts[0] : ReadOnlyMemory<byte>.Empty, parts.Skip(1).ToList());
    }
}
