using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace TrustCheck.TestKit.Pki;

/// <summary>
/// Places a logged body in a small Merkle tree among other entries and proves it: the inclusion proof with a signed
/// checkpoint (C2SP signed note), in protobuf JSON, as both Rekor generations return it.
/// </summary>
public static class TestLogInclusion
{
    /// <summary>The number of entries in the tree.</summary>
    public const int TreeSize = 5;

    /// <summary>The index of the logged body in the tree.</summary>
    public const int Index = 2;

    /// <summary>The inclusion proof object, with its checkpoint.</summary>
    /// <param name="body">The logged body bytes.</param>
    /// <param name="origin">The checkpoint's origin line.</param>
    /// <param name="signerName">The name on the checkpoint's signature line.</param>
    /// <param name="keyHint">The first four bytes of the signer's key ID.</param>
    /// <param name="sign">Signs the note text.</param>
    /// <param name="proofForAnotherLeaf">Give the audit path of another leaf (a valid path, for the wrong entry).</param>
    /// <param name="checkpointForAnotherRoot">Sign a checkpoint of the same size for another tree (another root hash).</param>
    public static JsonObject Prove(byte[] body, string origin, string signerName, byte[] keyHint, Func<byte[], byte[]> sign, bool proofForAnotherLeaf, bool checkpointForAnotherRoot = false)
    {
        ArgumentNullException.ThrowIfNull(keyHint);
        ArgumentNullException.ThrowIfNull(sign);
        var leaves = Enumerable.Range(0, TreeSize).Select(i => i == Index ? body : Encoding.UTF8.GetBytes($"other entry {i}")).ToArray();
        var leafHashes = leaves.Select(TestMerkleTree.LeafHash).ToArray();
        var root = TestMerkleTree.Root(leafHashes);
        var path = TestMerkleTree.AuditPath(leafHashes, proofForAnotherLeaf ? Index + 1 : Index);
        var signedRoot = checkpointForAnotherRoot ? TestMerkleTree.Root([.. leafHashes[..^1], TestMerkleTree.LeafHash(Encoding.UTF8.GetBytes("another last entry"))]) : root;
        var note = $"{origin}\n{TreeSize}\n{Convert.ToBase64String(signedRoot)}\n";
        var noteSignature = sign(Encoding.UTF8.GetBytes(note));
        return new JsonObject
        {
            ["logIndex"] = Index.ToString(CultureInfo.InvariantCulture),
            ["rootHash"] = Convert.ToBase64String(root),
            ["treeSize"] = TreeSize.ToString(CultureInfo.InvariantCulture),
            ["hashes"] = new JsonArray([.. path.Select(h => (JsonNode)Convert.ToBase64String(h))]),
            ["checkpoint"] = new JsonObject { ["envelope"] = $"{note}\n\u2014 {signerName} {Convert.ToBase64String([.. keyHint[..4], .. noteSignature])}\n" },
        };
    }
}
