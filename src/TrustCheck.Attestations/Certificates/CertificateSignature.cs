using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace TrustCheck.Attestations.Certificates;

/// <summary>Checks that one certificate was signed by another's key.</summary>
internal static class CertificateSignature
{
    private const string EcdsaWithSha256 = "1.2.840.10045.4.3.2";
    private const string EcdsaWithSha384 = "1.2.840.10045.4.3.3";
    private const string EcdsaWithSha512 = "1.2.840.10045.4.3.4";
    private const string Sha256WithRsa = "1.2.840.113549.1.1.11";
    private const string Sha384WithRsa = "1.2.840.113549.1.1.12";
    private const string Sha512WithRsa = "1.2.840.113549.1.1.13";

    public static bool IsSignedBy(CertificateStructure child, X509Certificate2 issuer) => IsSignedBy(child, IssuerKeyCache.PublicKey(issuer));

    public static bool IsSignedBy(CertificateStructure child, AsymmetricAlgorithm? issuerKey) => (child.SignatureAlgorithm, issuerKey) switch
    {
        (EcdsaWithSha256 or EcdsaWithSha384 or EcdsaWithSha512, ECDsa ecdsa) =>
            ecdsa.VerifyData(child.ToBeSigned.Span, child.Signature.Span, HashFor(child.SignatureAlgorithm), DSASignatureFormat.Rfc3279DerSequence),
        (Sha256WithRsa or Sha384WithRsa or Sha512WithRsa, RSA rsa) =>
            rsa.VerifyData(child.ToBeSigned.Span, child.Signature.Span, HashFor(child.SignatureAlgorithm), RSASignaturePadding.Pkcs1),
        _ => false,
    };

    private static HashAlgorithmName HashFor(string oid) => oid switch
    {
        EcdsaWithSha256 or Sha256WithRsa => HashAlgorithmName.SHA256,
        EcdsaWithSha384 or Sha384WithRsa => HashAlgorithmName.SHA384,
        _ => HashAlgorithmName.SHA512,
    };
}
