using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;

namespace TrustCheck.Caching;

/// <summary>
/// The self-describing binary form of one file-store entry, little-endian:
/// <code>
/// magic "TCFC" (4) · format version (u16) · absolute expiration UTC ticks (i64, 0 = none)
/// · sliding expiration ticks (i64, 0 = none) · sliding window start UTC ticks (i64)
/// · key length (i32) · key (UTF-8) · payload length (i32) · payload · SHA-256 of everything before it (32)
/// </code>
/// The key travels with the value so that a file under the wrong name (a hash collision, a copied or misplaced file)
/// is detected; the checksum detects corruption and truncation.
/// </summary>
internal static class CacheEntryFormat
{
    /// <summary>The format version this code writes and reads.</summary>
    public const ushort Version = 1;

    /// <summary>The length of the trailing checksum.</summary>
    public const int ChecksumLength = SHA256.HashSizeInBytes;

    private const int MagicLength = 4;
    private const int VersionOffset = MagicLength;
    private const int AbsoluteOffset = VersionOffset + sizeof(ushort);
    private const int SlidingOffset = AbsoluteOffset + sizeof(long);
    private const int LastAccessOffset = SlidingOffset + sizeof(long);
    private const int KeyLengthOffset = LastAccessOffset + sizeof(long);
    private const int KeyOffset = KeyLengthOffset + sizeof(int);

    /// <summary>The size of an entry with an empty key and an empty payload.</summary>
    public const int Overhead = KeyOffset + sizeof(int) + ChecksumLength;

    private static ReadOnlySpan<byte> Magic => "TCFC"u8;

    /// <summary>The total file size of an entry.</summary>
    /// <param name="keyLength">The UTF-8 length of the key.</param>
    /// <param name="payloadLength">The payload length.</param>
    public static long SizeOf(int keyLength, int payloadLength) => (long)Overhead + keyLength + payloadLength;

    /// <summary>Serializes an entry.</summary>
    /// <param name="key">The entry's key, UTF-8.</param>
    /// <param name="payload">The value.</param>
    /// <param name="expiration">The expiry data.</param>
    /// <returns>The file's bytes.</returns>
    public static byte[] Encode(ReadOnlySpan<byte> key, ReadOnlySpan<byte> payload, EntryExpiration expiration)
    {
        var size = SizeOf(key.Length, payload.Length);
        if (size > Array.MaxLength)
        {
            throw new ArgumentOutOfRangeException(nameof(payload), payload.Length, "The value is too large for the file cache.");
        }

        var buffer = new byte[size];
        var span = buffer.AsSpan();
        Magic.CopyTo(span);
        BinaryPrimitives.WriteUInt16LittleEndian(span[VersionOffset..], Version);
        BinaryPrimitives.WriteInt64LittleEndian(span[AbsoluteOffset..], expiration.AbsoluteUtcTicks);
        BinaryPrimitives.WriteInt64LittleEndian(span[SlidingOffset..], expiration.SlidingTicks);
        BinaryPrimitives.WriteInt64LittleEndian(span[LastAccessOffset..], expiration.LastAccessUtcTicks);
        BinaryPrimitives.WriteInt32LittleEndian(span[KeyLengthOffset..], key.Length);
        key.CopyTo(span[KeyOffset..]);
        var payloadLengthOffset = KeyOffset + key.Length;
        BinaryPrimitives.WriteInt32LittleEndian(span[payloadLengthOffset..], payload.Length);
        var payloadOffset = payloadLengthOffset + sizeof(int);
        payload.CopyTo(span[payloadOffset..]);
        var checksumOffset = payloadOffset + payload.Length;
        SHA256.HashData(span[..checksumOffset], span[checksumOffset..]);
        return buffer;
    }

    /// <summary>
    /// Parses and checks an entry: magic, version, lengths, checksum and key must all match; anything else is
    /// rejected, never thrown.
    /// </summary>
    /// <param name="data">The file's bytes.</param>
    /// <param name="expectedKey">The UTF-8 key the entry must carry.</param>
    /// <param name="entry">The entry when valid.</param>
    /// <returns>Whether the bytes are a valid entry for the key.</returns>
    public static bool TryDecode(ReadOnlySpan<byte> data, ReadOnlySpan<byte> expectedKey, [NotNullWhen(true)] out CacheEntry? entry)
    {
        entry = null;
        if (data.Length < Overhead
            || !data[..MagicLength].SequenceEqual(Magic)
            || BinaryPrimitives.ReadUInt16LittleEndian(data[VersionOffset..]) != Version)
        {
            return false;
        }

        var keyLength = BinaryPrimitives.ReadInt32LittleEndian(data[KeyLengthOffset..]);
        if (keyLength < 0 || keyLength > data.Length - Overhead)
        {
            return false;
        }

        var payloadLengthOffset = KeyOffset + keyLength;
        var payloadLength = BinaryPrimitives.ReadInt32LittleEndian(data[payloadLengthOffset..]);
        if (payloadLength < 0 || SizeOf(keyLength, payloadLength) != data.Length)
        {
            return false;
        }

        var checksumOffset = data.Length - ChecksumLength;
        Span<byte> checksum = stackalloc byte[ChecksumLength];
        SHA256.HashData(data[..checksumOffset], checksum);
        if (!checksum.SequenceEqual(data[checksumOffset..])
            || !data.Slice(KeyOffset, keyLength).SequenceEqual(expectedKey))
        {
            return false;
        }

        var expiration = new EntryExpiration(
            BinaryPrimitives.ReadInt64LittleEndian(data[AbsoluteOffset..]),
            BinaryPrimitives.ReadInt64LittleEndian(data[SlidingOffset..]),
            BinaryPrimitives.ReadInt64LittleEndian(data[LastAccessOffset..]));
        var payloadOffset = payloadLengthOffset + sizeof(int);
        entry = new CacheEntry(data.Slice(payloadOffset, payloadLength).ToArray(), expiration, checksum.ToArray());
        return true;
    }
}
