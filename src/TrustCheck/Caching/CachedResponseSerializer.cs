using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using Microsoft.Extensions.Caching.Hybrid;

namespace TrustCheck.Caching;

/// <summary>
/// The L2 form of a <see cref="CachedResponse"/>: a versioned binary record. Bytes that do not decode throw
/// <see cref="InvalidDataException"/>, which HybridCache treats as a miss (the answer is fetched again).
/// </summary>
internal sealed class CachedResponseSerializer : IHybridCacheSerializer<CachedResponse>
{
    private const byte FormatVersion = 1;

    public CachedResponse Deserialize(ReadOnlySequence<byte> source)
    {
        var reader = new SequenceReader<byte>(source);
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
        target.Write([FormatVersion]);
        WriteInt32(target, value.Status);
        WriteInt64(target, value.FetchedAt.UtcTicks);
        WriteInt64(target, value.FreshFor.Ticks);
        WriteString(target, value.ETag);
        WriteString(target, value.ContentType);
        WriteInt32(target, value.Body.Length);
        target.Write(value.Body);
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

    private static void WriteInt32(IBufferWriter<byte> target, int value)
    {
        BinaryPrimitives.WriteInt32LittleEndian(target.GetSpan(4), value);
        target.Advance(4);
    }

    private static void WriteInt64(IBufferWriter<byte> target, long value)
    {
        BinaryPrimitives.WriteInt64LittleEndian(target.GetSpan(8), value);
        target.Advance(8);
    }

    private static void WriteString(IBufferWriter<byte> target, string? value)
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
