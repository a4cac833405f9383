using System.Runtime.Versioning;
using System.Security.Cryptography;

namespace TrustCheck.Attestations.Crypto;

/// <summary>
/// Imports an uncompressed P-256 or P-384 point as a verification key through OpenSSL 3's <c>EVP_PKEY_fromdata</c>,
/// for a few µs of key setup instead of the ~100 µs of <c>ECDsa.ImportSubjectPublicKeyInfo</c>.
/// </summary>
/// <remarks>
/// .NET imports a key with <c>EC_KEY_set_public_key_affine_coordinates</c>, which runs <c>EC_KEY_check_key</c>: the
/// coordinates are below the field prime, the point is on the curve, and the point times the group order is the
/// point at infinity. That last multiplication costs more than a signature verification, and says nothing new on a
/// curve of cofactor 1 such as P-256 and P-384: there every point on the curve other than infinity has the group's
/// prime order. <c>EVP_PKEY_fromdata</c> decodes the point with <c>EC_POINT_oct2point</c>, which refuses coordinates
/// at or above the prime and points off the curve; the caller passes only the 65- or 97-byte uncompressed form, so
/// infinity (a lone zero byte) and compressed forms never reach it. The key is also a provider key from the start, so
/// its first verification does not pay to convert a legacy key either.
/// </remarks>
[SupportedOSPlatform("linux")]
internal static unsafe class OpenSslEcPublicKey
{
    private static readonly Lazy<bool> Trusted = new(() => LibCrypto.IsAvailable && OpenSslEcPublicKeySelfTest.Passes());

    /// <summary>
    /// Whether this import runs here: bound to .NET's own OpenSSL 3 (see <see cref="LibCrypto"/>) and passing
    /// <see cref="OpenSslEcPublicKeySelfTest"/> once per process.
    /// </summary>
    public static bool IsAvailable => Trusted.Value;

    /// <summary>
    /// The key for <paramref name="uncompressedPoint"/> (<c>04 || X || Y</c>) on the curve named by
    /// <paramref name="fieldBytes"/> (32: P-256, 48: P-384); null when OpenSSL refuses the point.
    /// </summary>
    public static ECDsa? TryImport(int fieldBytes, ReadOnlySpan<byte> uncompressedPoint)
    {
        var group = fieldBytes switch
        {
            32 => "prime256v1\0"u8,
            48 => "secp384r1\0"u8,
            _ => throw new ArgumentOutOfRangeException(nameof(fieldBytes), fieldBytes, "only P-256 and P-384"),
        };
        if (uncompressedPoint.Length != 1 + (2 * fieldBytes) || uncompressedPoint[0] != 0x04)
        {
            return null;
        }

        var openssl = LibCrypto.Functions;
        var key = Create(openssl, group, uncompressedPoint);
        if (key == 0)
        {
            openssl.ClearErrors();
            return null;
        }

        using var handle = new SafeEvpPKeyHandle(key, ownsHandle: true);
        return new ECDsaOpenSsl(handle);
    }

    private static nint Create(LibCrypto.Entries openssl, ReadOnlySpan<byte> group, ReadOnlySpan<byte> point)
    {
        fixed (byte* ec = "EC\0"u8)
        fixed (byte* groupKey = "group\0"u8)
        fixed (byte* publicKey = "pub\0"u8)
        fixed (byte* groupName = group)
        fixed (byte* pointBytes = point)
        {
            var parameters = stackalloc LibCrypto.OsslParam[3];
            parameters[0] = new LibCrypto.OsslParam { Key = groupKey, DataType = LibCrypto.OsslParam.Utf8String, Data = groupName, DataSize = (nuint)(group.Length - 1) };
            parameters[1] = new LibCrypto.OsslParam { Key = publicKey, DataType = LibCrypto.OsslParam.OctetString, Data = pointBytes, DataSize = (nuint)point.Length };
            parameters[2] = default;

            var context = openssl.NewContextFromName(ec);
            if (context == 0)
            {
                return 0;
            }

            try
            {
                nint key = 0;
                return openssl.FromDataInit(context) == 1 && openssl.FromData(context, &key, parameters) == 1 ? key : 0;
            }
            finally
            {
                openssl.FreeContext(context);
            }
        }
    }
}
