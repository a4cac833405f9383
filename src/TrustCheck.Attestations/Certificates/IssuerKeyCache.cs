using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace TrustCheck.Attestations.Certificates;

/// <summary>
/// Public keys and key hashes of trusted-root certificates, extracted once per certificate instance instead of per
/// verification (the certificates live as long as the trusted root). Keys are per thread because .NET does not
/// promise that one key object may verify on several threads at once.
/// </summary>
internal static class IssuerKeyCache
{
    private static readonly ConditionalWeakTable<X509Certificate2, ThreadLocal<AsymmetricAlgorithm?>> Keys = [];
    private static readonly ConditionalWeakTable<X509Certificate2, byte[]> KeyHashes = [];

    /// <summary>The certificate's ECDSA or RSA public key, or null for other algorithms. Do not dispose it.</summary>
    public static AsymmetricAlgorithm? PublicKey(X509Certificate2 certificate) =>
        Keys.GetValue(certificate, c => new ThreadLocal<AsymmetricAlgorithm?>(() => (AsymmetricAlgorithm?)c.GetECDsaPublicKey() ?? c.GetRSAPublicKey())).Value;

    /// <summary>SHA-256 of the certificate's SubjectPublicKeyInfo (the SCT issuer key hash).</summary>
    public static byte[] PublicKeyHash(X509Certificate2 certificate) =>
        KeyHashes.GetValue(certificate, c => SHA256.HashData(c.PublicKey.ExportSubjectPublicKeyInfo()));
}
