using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Hybrid;

namespace TrustCheck.Caching;

/// <summary>
/// The L2 form of a <see cref="CachedResponse"/>: a versioned binary record ending in the SHA-256 of every byte
/// before it, so that an entry damaged in the L2 (a bit flipped in Redis or on disk, a cut-off value) is never
/// served, even when what is left would still parse. Bytes that do not decode or do not match their checksum throw
/// <see cref="InvalidDataException"/>; HybridCache passes it on, and <see cref="EvidenceFetcher.PeekAsync"/> removes the
/// entry and treats it as a miss (the answer is fetched again).
/// </summary>
internal sealed class CachedResponseSerializer : IHybridCacheSerializer<CachedResponse>
{
    // Version 1 had no checksum; its entries are refused (a miss) and fetched again.
    private const byte FormatVersion = 2;
    private const int ChecksumLength = SHA256.HashSizeInBytes;

    public CachedResponse Deserialize(ReadOnlySequence<byte> source)
    {
        if (source.Length < 1 + ChecksumLength)
        {
            throw new InvalidDataException("Truncated cached response.");
        }

        var record = source.Slice(0, source.Length - ChecksumLength);
        Span<byte> stored = stackalloc byte[ChecksumLength];
        source.Slice(record.Length).CopyTo(stored);
        if (!CryptographicOperations.FixedTimeEquals(stored, Checksum(record)))
        {
            throw new InvalidDataException("Cached response checksum mismatch.");
        }

        var reader = new SequenceReader<byte>(record);
        if (!reader.TryRead(out var version) || version != FormatVersion)
        {
            throw new InvalidDataException("Unknown cached response format.");
        }

        var status = ReadInt32(ref reader);
        var fetchedAt = new DateTimeOffset(ReadInt64(ref reader), TimeSpan.Zero);
        var freshFor = new TimeSpan(ReadInt64(ref reader));
        var etag = ReadString(ref reader);
        var contentType = ReadString(ref reader);
        var length = ReadInt32(ref reader);
        if (length < 0 || reader.Remaining != length)
        {
            throw new InvalidDataException("Cached response body length mismatch.");
        }

        var body = new byte[length];
        reader.TryCopyTo(body);
        return new CachedResponse { Status = status, FetchedAt = fetchedAt, FreshFor = freshFor, ETag = etag, ContentType = contentType, Body = body };
    }

    public void Serialize(CachedResponse value, IBufferWriter<byte> target)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(target);
        var record = new ArrayBufferWriter<byte>(64 + value.Body.Length);
        record.Write([FormatVersion]);
        WriteInt32(record, value.Status);
        WriteInt64(record, value.FetchedAt.UtcTicks);
        WriteInt64(record, value.FreshFor.Ticks);
        WriteString(record, value.ETag);
        WriteString(record, value.ContentType);
        WriteInt32(record, value.Body.Length);
        record.Write(value.Body);
        target.Write(record.WrittenSpan);
        target.Write(SHA256.HashData(record.WrittenSpan));
    }

    private static byte[] Checksum(ReadOnlySequence<byte> bytes)
    {
        if (bytes.IsSingleSegment)
        {
            return SHA256.HashData(bytes.FirstSpan);
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var segment in bytes)
        {
            hash.AppendData(segment.Span);
        }

        return hash.GetHashAndReset();
    }

    private static int ReadInt32(ref SequenceReader<byte> reader) =>
        reader.TryReadLittleEndian(out int value) ? value : throw new InvalidDataException("Truncated cached response.");

    private static long ReadInt64(ref SequenceReader<byte> reader) =>
        reader.TryReadLittleEndian(out long value) ? value : throw new InvalidDataException("Truncated cached response.");

    private static string? ReadString(ref SequenceReader<byte> reader)
    {
        var length = ReadInt32(ref reader);
        if (length == -1)
        {
            return null;
        }

        if (length < 0 || reader.Remaining < length)
        {
            throw new InvalidDataException("Truncated cached response.");
        }

        var bytes = new byte[length];
        reader.TryCopyTo(bytes);
        reader.Advance(length);
        return Encoding.UTF8.GetString(bytes);
    }

    private static void WriteInt32(ArrayBufferWriter<byte> target, int value)
    {
        BinaryPrimitives.WriteInt32LittleEndian(target.GetSpan(4), value);
        target.Advance(4);
    }

    private static void WriteInt64(ArrayBufferWriter<byte> target, long value)
    {
        BinaryPrimitives.WriteInt64LittleEndian(target.GetSpan(8), value);
        target.Advance(8);
    }

    private static void WriteString(ArrayBufferWriter<byte> target, string? value)
    {
        if (value is null)
        {
            WriteInt32(target, -1);
            return;
        }

        var bytes = Encoding.UTF8.GetBytes(value);
        WriteInt32(target, bytes.Length);
        target.Write(bytes);
    }
}
