using System.Security.Cryptography;
using System.Text;

namespace TrustCheck.Caching;

/// <summary>
/// A cache key as the file store sees it: its UTF-8 bytes (stored in the entry) and the lowercase hex SHA-256 of
/// them, which names the entry's file, so any key is a safe file name.
/// </summary>
internal sealed class CacheKey
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private CacheKey(byte[] utf8, string hash)
    {
        Utf8 = utf8;
        Hash = hash;
    }

    /// <summary>The key's UTF-8 bytes.</summary>
    public byte[] Utf8 { get; }

    /// <summary>The lowercase hex SHA-256 of <see cref="Utf8"/>: the entry's file name.</summary>
    public string Hash { get; }

    /// <summary>The name of the shard folder: the first two characters of <see cref="Hash"/>.</summary>
    public string Shard => Hash[..2];

    /// <summary>Encodes a key.</summary>
    /// <param name="key">The key.</param>
    /// <exception cref="ArgumentException">The key is not well-formed UTF-16 (a lone surrogate).</exception>
    public static CacheKey From(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        byte[] utf8;
        try
        {
            utf8 = StrictUtf8.GetBytes(key);
        }
        catch (EncoderFallbackException e)
        {
            throw new ArgumentException("The cache key is not well-formed Unicode text.", nameof(key), e);
        }

        return new CacheKey(utf8, Convert.ToHexStringLower(SHA256.HashData(utf8)));
    }
}
