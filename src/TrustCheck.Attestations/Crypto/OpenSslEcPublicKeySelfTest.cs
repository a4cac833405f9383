using System.Runtime.Versioning;
using System.Security.Cryptography;

namespace TrustCheck.Attestations.Crypto;

/// <summary>
/// A known-answer test, run once per process before <see cref="OpenSslEcPublicKey"/> is trusted with a signing
/// certificate's key: on this very OpenSSL, a P-256 key it imports must verify a signature its private key made, a
/// P-384 key must come back as the same point, and a point off either curve must be refused. Any other answer (a
/// build whose decoder does not check the curve, a key .NET cannot use) keeps the import on
/// <c>ECDsa.ImportSubjectPublicKeyInfo</c>. The vectors are fixed (made once with <c>openssl ecparam -genkey</c> and
/// <c>openssl dgst -sha256 -sign</c>), so the test costs one P-256 verification and four imports, not key generation.
/// </summary>
[SupportedOSPlatform("linux")]
internal static class OpenSslEcPublicKeySelfTest
{
    private static ReadOnlySpan<byte> Message => "TrustCheck OpenSSL key import self-test"u8;

    private static readonly byte[] P256Point = Convert.FromHexString(
        "0478db6458b007117ffd4d291a2f51ebe0c866b4d4f324a00e3d36d5941d455332b5a3e8ca1176a84bfe0c2498151111869ec4c42e19"
        + "2675e9d517afb3ffc617c0");

    private static readonly byte[] P256Signature = Convert.FromHexString(
        "304402206342230793802568254bfbf56b4bef2381e89951685147c7eb0a00ae7ebaeb6202202dcc102ee01631096edf2eb6965f3e4f"
        + "2fb9419141eabcb72c9281f26f6fa32b");

    private static readonly byte[] P384Point = Convert.FromHexString(
        "048ad33777105d4b6421852ce16a5f07addd3f9d7868f848d267cced2e29682d92667c20847255ab204963caba2d1d863f666028e914"
        + "d0675fcd91135bbf958a0550ddf0fc22d087e23d07b60e51b76606ae6f6d9c0c5e62191dcacbe1a624e9a8");

    /// <summary>Whether the import gave every known answer; false on any exception.</summary>
    public static bool Passes()
    {
        try
        {
            return P256Verifies() && P384RoundTrips() && RefusesOffCurve(32, P256Point) && RefusesOffCurve(48, P384Point);
        }
        catch (Exception error) when (error is CryptographicException or InvalidOperationException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    private static bool P256Verifies()
    {
        using var key = OpenSslEcPublicKey.TryImport(32, P256Point);
        return key is { KeySize: 256 }
            && key.VerifyData(Message, P256Signature, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
    }

    private static bool P384RoundTrips()
    {
        ReadOnlySpan<byte> point = P384Point;
        using var key = OpenSslEcPublicKey.TryImport(48, point);
        if (key is not { KeySize: 384 })
        {
            return false;
        }

        var q = key.ExportParameters(includePrivateParameters: false).Q;
        return point[1..49].SequenceEqual(q.X) && point[49..].SequenceEqual(q.Y);
    }

    private static bool RefusesOffCurve(int fieldBytes, ReadOnlySpan<byte> onCurve)
    {
        Span<byte> point = stackalloc byte[onCurve.Length];
        onCurve.CopyTo(point);
        point[^1] ^= 1;
        using var key = OpenSslEcPublicKey.TryImport(fieldBytes, point);
        return key is null;
    }
}
