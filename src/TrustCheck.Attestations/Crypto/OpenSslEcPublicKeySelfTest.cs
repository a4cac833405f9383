using System.Runtime.Versioning;
using System.Security.Cryptography;

namespace TrustCheck.Attestations.Crypto;

/// <summary>
/// A known-answer test, run once per process before <see cref="OpenSslEcPublicKey"/> is trusted with a signing
/// certificate's key: on this very OpenSSL, a key it imports must verify what its private key signed and nothing else,
/// and a point off the curve must be refused. Any other answer (a build whose decoder does not check the curve, a key
/// .NET cannot use) keeps the import on <c>ECDsa.ImportSubjectPublicKeyInfo</c>.
/// </summary>
[SupportedOSPlatform("linux")]
internal static class OpenSslEcPublicKeySelfTest
{
    /// <summary>Whether the import passed, on both curves; false on any exception.</summary>
    public static bool Passes()
    {
        try
        {
            return Passes(ECCurve.NamedCurves.nistP256, HashAlgorithmName.SHA256, 32)
                && Passes(ECCurve.NamedCurves.nistP384, HashAlgorithmName.SHA384, 48);
        }
        catch (Exception error) when (error is CryptographicException or InvalidOperationException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    private static bool Passes(ECCurve curve, HashAlgorithmName hash, int fieldBytes)
    {
        using var signer = ECDsa.Create(curve);
        var q = signer.ExportParameters(includePrivateParameters: false).Q;
        byte[] point = [0x04, .. q.X!, .. q.Y!];
        byte[] data = [.. "TrustCheck OpenSSL key import self-test"u8];
        var signature = signer.SignData(data, hash);

        using (var key = OpenSslEcPublicKey.TryImport(fieldBytes, point))
        {
            if (key is null || key.KeySize != fieldBytes * 8 || !key.VerifyData(data, signature, hash))
            {
                return false;
            }

            data[0] ^= 1;
            if (key.VerifyData(data, signature, hash))
            {
                return false;
            }
        }

        point[^1] ^= 1;
        using var offCurve = OpenSslEcPublicKey.TryImport(fieldBytes, point);
        return offCurve is null;
    }
}
