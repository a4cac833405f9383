using System.Security.Cryptography;

namespace TrustCheck.Attestations.Transparency;

/// <summary>RFC 6962 / RFC 9162 Merkle tree hashing with domain separation of leaves (0x00) and nodes (0x01).</summary>
public static class MerkleTree
{
    /// <summary>The size of a SHA-256 hash in bytes.</summary>
    public const int HashSize = 32;

    /// <summary>Writes <c>SHA-256(0x00 || leaf)</c> into <paramref name="destination"/>.</summary>
    /// <param name="leaf">The leaf's bytes (a log entry's canonicalized body).</param>
    /// <param name="destination">32 bytes.</param>
    public static void HashLeaf(ReadOnlySpan<byte> leaf, Span<byte> destination)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData([0x00]);
        hash.AppendData(leaf);
        hash.GetHashAndReset(destination);
    }

    /// <summary>Writes <c>SHA-256(0x01 || left || right)</c> into <paramref name="destination"/>.</summary>
    /// <param name="left">The left child hash (32 bytes).</param>
    /// <param name="right">The right child hash (32 bytes).</param>
    /// <param name="destination">32 bytes; may overlap <paramref name="left"/> or <paramref name="right"/>.</param>
    public static void HashChildren(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right, Span<byte> destination)
    {
        Span<byte> buffer = stackalloc byte[1 + (2 * HashSize)];
        buffer[0] = 0x01;
        left.CopyTo(buffer[1..]);
        right.CopyTo(buffer[(1 + HashSize)..]);
        SHA256.HashData(buffer, destination);
    }
}
