using System.Security.Cryptography;

namespace TrustCheck.TestKit.Pki;

/// <summary>RFC 6962 §2.1 tree hash and audit paths, written recursively as an independent oracle for tests.</summary>
public static class TestMerkleTree
{
    /// <summary><c>SHA-256(0x00 || leaf)</c>.</summary>
    public static byte[] LeafHash(byte[] leaf) => SHA256.HashData([0x00, .. leaf]);

    /// <summary>The root of a tree over leaf hashes.</summary>
    public static byte[] Root(byte[][] leafHashes)
    {
        ArgumentNullException.ThrowIfNull(leafHashes);
        return leafHashes.Length == 1 ? leafHashes[0] : Node(Root(leafHashes[..Split(leafHashes.Length)]), Root(leafHashes[Split(leafHashes.Length)..]));
    }

    /// <summary>The audit path of the leaf at <paramref name="index"/>, leaf to root.</summary>
    public static List<byte[]> AuditPath(byte[][] leafHashes, int index)
    {
        ArgumentNullException.ThrowIfNull(leafHashes);
        if (leafHashes.Length == 1)
        {
            return [];
        }

        var split = Split(leafHashes.Length);
        var path = index < split ? AuditPath(leafHashes[..split], index) : AuditPath(leafHashes[split..], index - split);
        path.Add(index < split ? Root(leafHashes[split..]) : Root(leafHashes[..split]));
        return path;
    }

    private static byte[] Node(byte[] left, byte[] right) => SHA256.HashData([0x01, .. left, .. right]);

    private static int Split(int n)
    {
        var k = 1;
        while (k * 2 < n)
        {
            k *= 2;
        }

        return k;
    }
}
