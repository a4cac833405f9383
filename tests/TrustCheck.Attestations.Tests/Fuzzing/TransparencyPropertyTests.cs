using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Xunit;
using TrustCheck.Attestations.Transparency;

namespace TrustCheck.Attestations.Tests.Fuzzing;

/// <summary>
/// Properties of the Merkle and checkpoint code against a reference written from RFC 6962 §2.1 and the C2SP
/// signed-note format: proofs built by the reference verify, and any change to one of their bytes or numbers does not.
/// </summary>
[Properties(MaxTest = 300)]
public sealed class TransparencyPropertyTests
{
    [Property]
    public void InclusionProof_ReferencePath_LeadsToTheReferenceRoot(PositiveInt size, NonNegativeInt index)
    {
        var (leaves, proof) = Build(size.Get % 300, index.Get);

        Assert.Null(proof.Verify(leaves[(int)proof.LogIndex]));
    }

    [Property]
    public void InclusionProof_AnyChangedBit_NoLongerVerifies(PositiveInt size, NonNegativeInt index, NonNegativeInt position)
    {
        var (leaves, proof) = Build(size.Get % 300, index.Get);
        var parts = new List<byte[]> { proof.RootHash.ToArray(), leaves[(int)proof.LogIndex] };
        parts.AddRange(proof.Hashes.Select(h => h.ToArray()));
        var part = parts[position.Get % parts.Count];
        part[position.Get / parts.Count % part.Length] ^= (byte)(1 << (position.Get % 8));

        var changed = new InclusionProof(proof.LogIndex, proof.TreeSize, parts[0], [.. parts.Skip(2).Select(p => (ReadOnlyMemory<byte>)p)]);

        Assert.NotNull(changed.Verify(parts[1]));
    }

    [Property]
    public void InclusionProof_AnotherLeafIndex_NoLongerVerifies(PositiveInt size, NonNegativeInt index, NonNegativeInt other)
    {
        var (leaves, proof) = Build(size.Get % 300, index.Get);
        var otherIndex = other.Get % proof.TreeSize;
        if (otherIndex == proof.LogIndex)
        {
            return;
        }

        // (The tree size is not a property of the path alone: the checkpoint binds it to the root hash.)
        Assert.NotNull((proof with { LogIndex = otherIndex }).Verify(leaves[(int)proof.LogIndex]));
    }

    [Property]
    public void Checkpoint_FormattedNote_ParsesBackToItsValues(NonEmptyString origin, NonNegativeInt treeSize, byte[] root, NonEmptyString name, byte[] signature)
    {
        var originLine = origin.Get.Replace('\n', ' ').Replace('\r', ' ');
        var signer = new string([.. name.Get.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c) && !char.IsSurrogate(c))]);
        if (originLine.Length == 0 || signer.Length == 0 || !Rune.TryGetRuneAt(originLine, 0, out _) || originLine.Any(char.IsSurrogate))
        {
            return;
        }

        var rootHash = new byte[MerkleTree.HashSize];
        root.AsSpan(0, Math.Min(root.Length, rootHash.Length)).CopyTo(rootHash);
        var signed = string.Create(CultureInfo.InvariantCulture, $"{originLine}\n{treeSize.Get}\n{Convert.ToBase64String(rootHash)}\n");
        var note = signed + $"\n\u2014 {signer} {Convert.ToBase64String([1, 2, 3, 4, .. signature, 5])}\n";

        Assert.Null(Checkpoint.TryParse(note, out var checkpoint));
        Assert.Equal(originLine, checkpoint!.Origin);
        Assert.Equal(treeSize.Get, checkpoint.TreeSize);
        Assert.Equal(rootHash, checkpoint.RootHash.ToArray());
        Assert.Equal(signed, Encoding.UTF8.GetString(checkpoint.SignedText.Span));
        Assert.Equal(signer, Assert.Single(checkpoint.Signatures).Name);
    }

    private static (byte[][] Leaves, InclusionProof Proof) Build(int size, int index)
    {
        size = Math.Max(1, size);
        var leaves = Enumerable.Range(0, size).Select(i => Encoding.ASCII.GetBytes($"leaf {i}")).ToArray();
        var at = index % size;
        var path = Path(at, leaves);
        return (leaves, new InclusionProof(at, size, Root(leaves), [.. path.Select(p => (ReadOnlyMemory<byte>)p)]));
    }

    /// <summary>MTH(D[n]) of RFC 6962 §2.1.</summary>
    private static byte[] Root(ReadOnlySpan<byte[]> leaves)
    {
        var hash = new byte[MerkleTree.HashSize];
        if (leaves.Length == 1)
        {
            MerkleTree.HashLeaf(leaves[0], hash);
            return hash;
        }

        var split = LargestPowerOfTwoBelow(leaves.Length);
        MerkleTree.HashChildren(Root(leaves[..split]), Root(leaves[split..]), hash);
        return hash;
    }

    /// <summary>PATH(m, D[n]) of RFC 6962 §2.1.1.</summary>
    private static List<byte[]> Path(int m, ReadOnlySpan<byte[]> leaves)
    {
        if (leaves.Length == 1)
        {
            return [];
        }

        var split = LargestPowerOfTwoBelow(leaves.Length);
        if (m < split)
        {
            var path = Path(m, leaves[..split]);
            path.Add(Root(leaves[split..]));
            return path;
        }

        var right = Path(m - split, leaves[split..]);
        right.Add(Root(leaves[..split]));
        return right;
    }

    private static int LargestPowerOfTwoBelow(int n)
    {
        var k = 1;
        while (k << 1 < n)
        {
            k <<= 1;
        }

        return k;
    }
}
