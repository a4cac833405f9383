using System.Security.Cryptography;
using System.Text.Json;
using TrustCheck.Attestations.Crypto;
using TrustCheck.Attestations.Policies;
using TrustCheck.Attestations.Verification.LogBodies;

namespace TrustCheck.Attestations.Verification;

/// <summary>
/// What verifies the bundle's signature and what its log entry must record: the signing certificate (its key), or a
/// managed public key the caller gave. Log-body checks and the signature stage work on this, not on either kind.
/// </summary>
internal sealed class VerificationMaterial
{
    private readonly IReadOnlyList<VerificationKey> _keys;

    private VerificationMaterial(bool isCertificate, ReadOnlyMemory<byte> der, IReadOnlyList<VerificationKey> keys)
    {
        IsCertificate = isCertificate;
        Der = der;
        _keys = keys;
    }

    /// <summary>True for a certificate, false for a managed public key.</summary>
    public bool IsCertificate { get; }

    /// <summary>The certificate's DER, or the key's DER SubjectPublicKeyInfo: the bytes a log body must record.</summary>
    public ReadOnlyMemory<byte> Der { get; }

    /// <summary>How messages name the material.</summary>
    public string Name => IsCertificate ? "signing certificate" : "public key";

    /// <summary>True when one key of the material is Ed25519 (which signs messages, not digests).</summary>
    public bool IsEd25519 => _keys.Any(k => k.Algorithm == KeyAlgorithm.Ed25519);

    /// <summary>The material of a certificate bundle; the key stays owned by the context.</summary>
    public static VerificationMaterial ForCertificate(ReadOnlyMemory<byte> certificate, VerificationKey key) => new(true, certificate, [key]);

    /// <summary>The material of a managed-key bundle; the keys stay owned by the policy.</summary>
    public static VerificationMaterial ForKey(PublicKeyPolicy policy) => new(false, policy.SubjectPublicKeyInfo, policy.Keys);

    /// <summary>True when a signature over <paramref name="data"/> verifies with the material's key.</summary>
    public bool Verifies(ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature)
    {
        foreach (var key in _keys)
        {
            if (key.Verify(data, signature))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a signature over a SHA-256 <paramref name="digest"/> verifies with the material's (ECDSA or RSA) key.</summary>
    public bool VerifiesDigest(ReadOnlySpan<byte> digest, ReadOnlySpan<byte> signature)
    {
        foreach (var key in _keys)
        {
            if (key.VerifyPrehashed(digest, signature))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a Rekor v1 body's base64 PEM verifier is this material: a <c>CERTIFICATE</c> block with the certificate's
    /// DER, or a <c>PUBLIC KEY</c> block with exactly the key's SubjectPublicKeyInfo bytes.
    /// </summary>
    public bool MatchesPem(byte[]? pem)
    {
        var der = BodyJson.PemBlock(pem, IsCertificate ? "CERTIFICATE"u8 : "PUBLIC KEY"u8);
        return der is not null && CryptographicOperations.FixedTimeEquals(Der.Span, der);
    }

    /// <summary>
    /// Whether a Rekor v2 body's <c>verifier</c> object is this material: <c>x509Certificate.rawBytes</c> for a certificate,
    /// <c>publicKey.rawBytes</c> for a key.
    /// </summary>
    public bool MatchesVerifier(JsonElement? verifier)
    {
        if (verifier is not { ValueKind: JsonValueKind.Object } element)
        {
            return false;
        }

        var der = BodyJson.Base64(BodyJson.String(element, IsCertificate ? "x509Certificate" : "publicKey", "rawBytes"));
        return der is not null && CryptographicOperations.FixedTimeEquals(Der.Span, der);
    }

    /// <summary>Why a body's verifier does not match: the check's own words for a certificate, one sentence for a key.</summary>
    public string Mismatch(string certificateMessage) =>
        IsCertificate ? certificateMessage : "the logged public key differs from the key given for verification";
}
