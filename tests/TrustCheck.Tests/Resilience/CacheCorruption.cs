using System.Buffers.Binary;
using System.Text;

namespace TrustCheck.Tests.Resilience;

/// <summary>The ways the corruption tests damage a stored cache value.</summary>
public enum CacheCorruption
{
    /// <summary>Cut to half its length.</summary>
    TruncatedToHalf,

    /// <summary>Cut to nothing.</summary>
    Emptied,

    /// <summary>One bit flipped in the middle (inside the cached body for any sizeable answer).</summary>
    BitFlippedInTheMiddle,

    /// <summary>One bit flipped in the last byte (the checksum).</summary>
    BitFlippedInTheLastByte,

    /// <summary>
    /// One hex digit of a SHA-256 digest inside the cached JSON changed to another hex digit: the body still parses,
    /// and only an integrity check on the entry can tell.
    /// </summary>
    DigestDigitChanged,
}

/// <summary>Applies a <see cref="CacheCorruption"/> to bytes.</summary>
internal static class CacheCorruptions
{
    /// <summary>The damaged bytes, or null when this value offers nothing to damage (no digest in it).</summary>
    public static byte[]? Apply(CacheCorruption corruption, byte[] value)
    {
        switch (corruption)
        {
            case CacheCorruption.TruncatedToHalf:
                return value[..(value.Length / 2)];
            case CacheCorruption.Emptied:
                return [];
            case CacheCorruption.BitFlippedInTheMiddle:
                return Flip(value, value.Length / 2);
            case CacheCorruption.BitFlippedInTheLastByte:
                return Flip(value, value.Length - 1);
            case CacheCorruption.DigestDigitChanged:
                var at = FindHexRun(value, 64);
                if (at < 0)
                {
                    return null;
                }

                var copy = (byte[])value.Clone();
                copy[at + 10] = copy[at + 10] == (byte)'0' ? (byte)'1' : (byte)'0';
                return copy;
            default:
                throw new ArgumentOutOfRangeException(nameof(corruption), corruption, null);
        }
    }

    /// <summary>The path of the URL a TrustCheck cache key stands for (<c>trustcheck:v1:{profile}:{accept}:{url}…</c>).</summary>
    public static string PathOfKey(string key)
    {
        var at = key.IndexOf("http://", StringComparison.Ordinal);
        var end = key.IndexOfAny(['@', '#'], at);
        return new Uri(end < 0 ? key[at..] : key[at..end]).AbsolutePath;
    }

    /// <summary>The key stored in a file-store entry (format version 1: the key follows 30 bytes of header and its length).</summary>
    public static string KeyOfFileEntry(byte[] entry)
    {
        var length = BinaryPrimitives.ReadInt32LittleEndian(entry.AsSpan(30, 4));
        return Encoding.UTF8.GetString(entry, 34, length);
    }

    private static byte[] Flip(byte[] value, int index)
    {
        var copy = (byte[])value.Clone();
        copy[index] ^= 0x01;
        return copy;
    }

    private static int FindHexRun(byte[] value, int length)
    {
        var run = 0;
        for (var i = 0; i < value.Length; i++)
        {
            run = value[i] is >= (byte)'0' and <= (byte)'9' or >= (byte)'a' and <= (byte)'f' ? run + 1 : 0;
            if (run == length)
            {
                return i - length + 1;
            }
        }

        return -1;
    }
}
