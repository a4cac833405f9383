using System.Numerics;
using System.Security.Cryptography;
using TrustCheck.Attestations.Verification;

namespace TrustCheck.Attestations.Transparency;

/// <summary>An RFC 6962 inclusion proof of one leaf in a tree of <see cref="TreeSize"/> leaves.</summary>
/// <param name="LogIndex">The leaf's index inside this tree (for sharded logs, not the global index).</param>
/// <param name="TreeSize">The number of leaves in the tree the proof is for.</param>
/// <param name="RootHash">The root hash the proof claims.</param>
/// <param name="Hashes">The audit path, leaf to root.</param>
public sealed record InclusionProof(long LogIndex, long TreeSize, ReadOnlyMemory<byte> RootHash, IReadOnlyList<ReadOnlyMemory<byte>> Hashes)
{
    /// <summary>
    /// Recomputes the root from a leaf's bytes and the audit path and requires it to equal <see cref="RootHash"/>.
    /// </summary>
    /// <param name="leaf">The leaf's bytes.</param>
    /// <returns>Null when the proof holds, otherwise why not.</returns>
    public VerificationFailure? Verify(ReadOnlySpan<byte> leaf)
    {
        Span<byte> root = stackalloc byte[MerkleTree.HashSize];
        var failure = TryComputeRoot(leaf, root);
        if (failure is not null)
        {
            return failure;
        }

        return CryptographicOperations.FixedTimeEquals(root, RootHash.Span)
            ? null
            : Fail($"the computed root {Convert.ToHexStringLower(root)} differs from the proof's root hash {Convert.ToHexStringLower(RootHash.Span)}");
    }

    /// <summary>Computes the root the audit path leads to from <paramref name="leaf"/>.</summary>
    /// <param name="leaf">The leaf's bytes.</param>
    /// <param name="root">Receives the 32-byte root.</param>
    /// <returns>Null on success, otherwise why the proof is malformed.</returns>
    public VerificationFailure? TryComputeRoot(ReadOnlySpan<byte> leaf, Span<byte> root)
    {
        if (LogIndex < 0 || TreeSize <= 0 || LogIndex >= TreeSize)
        {
            return Fail($"log index {LogIndex} is outside a tree of size {TreeSize}");
        }

        if (RootHash.Length != MerkleTree.HashSize)
        {
            return Fail($"the root hash is {RootHash.Length} bytes, not {MerkleTree.HashSize}");
        }

        var index = (ulong)LogIndex;
        var last = (ulong)TreeSize - 1;
        var inner = 64 - BitOperations.LeadingZeroCount(index ^ last);
        var border = BitOperations.PopCount(index >> inner);
        if (Hashes.Count != inner + border)
        {
            return Fail($"the audit path has {Hashes.Count} hashes; a leaf at {LogIndex} of {TreeSize} needs {inner + border}");
        }

        foreach (var hash in Hashes)
        {
            if (hash.Length != MerkleTree.HashSize)
            {
                return Fail($"an audit-path hash is {hash.Length} bytes, not {MerkleTree.HashSize}");
            }
        }

        MerkleTree.HashLeaf(leaf, root);
        for (var i = 0; i < inner; i++)
        {
            if (((index >> i) & 1) == 0)
            {
                MerkleTree.HashChildren(root, Hashes[i].Span, root);
            }
            else
            {
                MerkleTree.HashChildren(Hashes[i].Span, root, root);
            }
        }

        for (var i = inner; i < Hashes.Count; i++)
        {
            MerkleTree.HashChildren(Hashes[i].Span, root, root);
        }

        return null;
    }

    private static VerificationFailure Fail(string reason) => new(VerificationStage.InclusionProof, reason);
}
