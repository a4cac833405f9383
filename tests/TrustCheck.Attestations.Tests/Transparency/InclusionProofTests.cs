using TrustCheck.Attestations.Transparency;
using TrustCheck.Attestations.Verification;
using TrustCheck.TestKit.Pki;

namespace TrustCheck.Attestations.Tests.Transparency;

public sealed class InclusionProofTests
{
    [Fact]
    public void Verify_RealRekorEntry_ReachesTheRecordedRoot()
    {
        var (proof, body) = RealProof();

        Assert.Null(proof.Verify(body));
        Span<byte> root = stackalloc byte[32];
        Assert.Null(proof.TryComputeRoot(body, root));
        Assert.Equal(WorkedExample.Steps.GetProperty("3_inclusion_proof").GetProperty("computed_root_hex").GetString(), Convert.ToHexStringLower(root));
    }

    [Fact]
    public void HashLeaf_RealBody_MatchesTheWorkedExample()
    {
        var (_, body) = RealProof();
        Span<byte> leaf = stackalloc byte[32];

        MerkleTree.HashLeaf(body, leaf);

        Assert.Equal(WorkedExample.Steps.GetProperty("3_inclusion_proof").GetProperty("leaf_hash_hex").GetString(), Convert.ToHexStringLower(leaf));
    }

    [Fact]
    public void Verify_BodyChangedByOneByte_Fails()
    {
        var (proof, body) = RealProof();
        body[^2] ^= 1;

        Assert.Equal(VerificationStage.InclusionProof, proof.Verify(body)?.Stage);
    }

    [Fact]
    public void Verify_AuditPathHashChanged_Fails()
    {
        var (proof, body) = RealProof();
        var hashes = proof.Hashes.Select(h => h.ToArray()).ToArray();
        hashes[3][0] ^= 0x80;

        Assert.NotNull((proof with { Hashes = [.. hashes.Select(h => (ReadOnlyMemory<byte>)h)] }).Verify(body));
    }

    [Theory]
    [InlineData(-1, 10)]
    [InlineData(10, 10)]
    [InlineData(0, 0)]
    public void Verify_IndexOutsideTree_FailsWithoutThrowing(long index, long size)
    {
        var (proof, body) = RealProof();

        var failure = (proof with { LogIndex = index, TreeSize = size }).Verify(body);

        Assert.Contains("outside", failure?.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_WrongNumberOfHashes_Fails()
    {
        var (proof, body) = RealProof();

        var failure = (proof with { Hashes = [.. proof.Hashes.Skip(1)] }).Verify(body);

        Assert.Contains("audit path", failure?.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_SingleLeafTree_RootIsTheLeafHash()
    {
        var body = "only leaf"u8.ToArray();
        var root = new byte[32];
        MerkleTree.HashLeaf(body, root);

        Assert.Null(new InclusionProof(0, 1, root, []).Verify(body));
    }

    [Fact]
    public void Verify_EveryLeafOfASevenLeafTree_Verifies()
    {
        var leaves = Enumerable.Range(0, 7).Select(i => new[] { (byte)i }).ToArray();
        var hashes = leaves.Select(TestMerkleTree.LeafHash).ToArray();
        var root = TestMerkleTree.Root(hashes);

        for (var i = 0; i < leaves.Length; i++)
        {
            var proof = new InclusionProof(i, leaves.Length, root, [.. TestMerkleTree.AuditPath(hashes, i).Select(h => (ReadOnlyMemory<byte>)h)]);
            Assert.Null(proof.Verify(leaves[i]));
            Assert.NotNull(proof.Verify(leaves[(i + 1) % leaves.Length]));
        }
    }

    private static (InclusionProof Proof, byte[] Body) RealProof()
    {
        var entry = WorkedExample.LogEntry;
        var proof = entry.GetProperty("inclusionProof");
        return (
            new InclusionProof(
                long.Parse(proof.GetProperty("logIndex").GetString()!, System.Globalization.CultureInfo.InvariantCulture),
                long.Parse(proof.GetProperty("treeSize").GetString()!, System.Globalization.CultureInfo.InvariantCulture),
                Convert.FromBase64String(proof.GetProperty("rootHash").GetString()!),
                [.. proof.GetProperty("hashes").EnumerateArray().Select(h => (ReadOnlyMemory<byte>)Convert.FromBase64String(h.GetString()!))]),
            Convert.FromBase64String(entry.GetProperty("canonicalizedBody").GetString()!));
    }
}
