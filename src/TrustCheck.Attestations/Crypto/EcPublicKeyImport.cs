using System.Formats.Asn1;
using System.Security.Cryptography;

namespace TrustCheck.Attestations.Crypto;

/// <summary>
/// Imports the P-256 or P-384 key of an already-read SubjectPublicKeyInfo (its algorithm and curve checked by the
/// caller) for verification: through <see cref="OpenSslEcPublicKey"/> where .NET runs on OpenSSL 3, otherwise through
/// <c>ECDsa.ImportSubjectPublicKeyInfo</c>. Either way the point must be uncompressed, with coordinates below
/// the field prime, and on the curve.
/// </summary>
internal static class EcPublicKeyImport
{
    /// <summary>Null with the key when it imports; otherwise why not.</summary>
    /// <param name="subjectPublicKeyInfo">The DER SubjectPublicKeyInfo.</param>
    /// <param name="fieldBytes">32 for P-256, 48 for P-384.</param>
    /// <param name="key">The key; the caller owns it.</param>
    public static string? TryImport(ReadOnlyMemory<byte> subjectPublicKeyInfo, int fieldBytes, out ECDsa? key)
    {
        key = null;
        try
        {
            if (OperatingSystem.IsLinux() && OpenSslEcPublicKey.IsAvailable)
            {
                key = OpenSslEcPublicKey.TryImport(fieldBytes, Point(subjectPublicKeyInfo));
                return key is null ? "the key is not an uncompressed point on its curve" : null;
            }

            return TryImportPortable(subjectPublicKeyInfo, fieldBytes, out key);
        }
        catch (Exception error) when (error is CryptographicException or AsnContentException)
        {
            return error.Message;
        }
    }

    /// <summary>The same through <c>ECDsa.ImportSubjectPublicKeyInfo</c> (any platform; OpenSSL's full key check).</summary>
    internal static string? TryImportPortable(ReadOnlyMemory<byte> subjectPublicKeyInfo, int fieldBytes, out ECDsa? key)
    {
        key = null;
        var ecdsa = ECDsa.Create();
        try
        {
            ecdsa.ImportSubjectPublicKeyInfo(subjectPublicKeyInfo.Span, out var read);
            if (read != subjectPublicKeyInfo.Length || ecdsa.KeySize != fieldBytes * 8)
            {
                ecdsa.Dispose();
                return "the key does not match its curve";
            }
        }
        catch (CryptographicException error)
        {
            ecdsa.Dispose();
            return error.Message;
        }

        key = ecdsa;
        return null;
    }

    // The subjectPublicKey BIT STRING's bytes: for EC the encoded point, with no unused bits.
    private static ReadOnlySpan<byte> Point(ReadOnlyMemory<byte> subjectPublicKeyInfo)
    {
        var outer = new AsnReader(subjectPublicKeyInfo, AsnEncodingRules.DER);
        var info = outer.ReadSequence();
        outer.ThrowIfNotEmpty();
        _ = info.ReadEncodedValue();
        var point = info.ReadBitString(out var unusedBits);
        info.ThrowIfNotEmpty();
        return unusedBits == 0 ? point : [];
    }
}
