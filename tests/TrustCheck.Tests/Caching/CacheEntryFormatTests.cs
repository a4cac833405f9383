using System.Text;
using TrustCheck.Caching;

namespace TrustCheck.Tests.Caching;

public sealed class CacheEntryFormatTests
{
    private static readonly byte[] Key = Encoding.UTF8.GetBytes("pypi/simple/requests");
    private static readonly EntryExpiration Expiration = new(AbsoluteUtcTicks: 1_000, SlidingTicks: 20, LastAccessUtcTicks: 300);

    [Fact]
    public void TryDecode_EncodedEntry_ReturnsPayloadAndExpiration()
    {
        var bytes = CacheEntryFormat.Encode(Key, [9, 8, 7], Expiration);

        Assert.True(CacheEntryFormat.TryDecode(bytes, Key, out var entry));
        Assert.Equal([9, 8, 7], entry.Payload);
        Assert.Equal(Expiration, entry.Expiration);
        Assert.Equal(bytes[^CacheEntryFormat.ChecksumLength..], entry.Checksum);
    }

    [Fact]
    public void Encode_Entry_StartsWithMagicAndVersionAndHasTheDocumentedSize()
    {
        var bytes = CacheEntryFormat.Encode(Key, new byte[10], Expiration);

        Assert.Equal("TCFC"u8.ToArray(), bytes[..4]);
        Assert.Equal([1, 0], bytes[4..6]);
        Assert.Equal(70 + Key.Length + 10, bytes.Length);
    }

    [Fact]
    public void TryDecode_AnotherKey_IsRejected()
    {
        var bytes = CacheEntryFormat.Encode(Key, [1], Expiration);

        Assert.False(CacheEntryFormat.TryDecode(bytes, "pypi/simple/request"u8, out _));
    }

    [Fact]
    public void TryDecode_EveryTruncationAndEveryBitFlip_IsRejectedWithoutThrowing()
    {
        var bytes = CacheEntryFormat.Encode(Key, Encoding.UTF8.GetBytes("{\"info\":{}}"), Expiration);

        for (var length = 0; length < bytes.Length; length++)
        {
            Assert.False(CacheEntryFormat.TryDecode(bytes.AsSpan(0, length), Key, out _), $"truncated to {length}");
        }

        for (var bit = 0; bit < bytes.Length * 8; bit++)
        {
            var mutated = (byte[])bytes.Clone();
            mutated[bit / 8] ^= (byte)(1 << (bit % 8));
            Assert.False(CacheEntryFormat.TryDecode(mutated, Key, out _), $"bit {bit} flipped");
        }
    }

    [Fact]
    public void TryDecode_RandomBytes_IsRejectedWithoutThrowing()
    {
        var random = new Random(740);
        for (var i = 0; i < 500; i++)
        {
            var bytes = new byte[random.Next(0, 200)];
            random.NextBytes(bytes);
            if (bytes.Length >= 6 && i % 2 == 0)
            {
                "TCFC"u8.CopyTo(bytes);
                bytes[4] = 1;
                bytes[5] = 0;
            }

            Assert.False(CacheEntryFormat.TryDecode(bytes, Key, out _));
        }
    }
}
